import { CheckboxField, ErrorSummary, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { meetingPath } from '../access.ts';
import type { MeetingRow, RegistrationRow } from '../queries.ts';
import { displayCode } from '../registration-code.ts';
import { ONLINE_LINK_LEAD_MINUTES, onlineLinkOpen } from '../times.ts';
import { RequirementNotice, type RequirementRefusal } from '../../verification/index.ts';

/** Where this person stands: why they cannot register, or their registration. */
export interface RegistrationStanding {
  /** Null when the person may register now; otherwise the catalog key saying why not (or what to do). */
  refusal: string | null;
  /** The verification registering requires and this person lacks, if any. */
  requirement: RequirementRefusal | null;
  mine: RegistrationRow | null;
  waitlistPosition: number | null;
  full: boolean;
  detailsForm: FormState;
  now: Date;
}

function DetailsForm(props: { ctx: PageContext; meeting: MeetingRow; state: FormState }) {
  const { t } = props.ctx;
  const labels = { full_name: t('meetings.details.name'), phone: t('meetings.details.phone'), needs: t('meetings.details.needs') };
  return (
    <form method="post" action={meetingPath(props.meeting.id, 'details')}>
      <h3>{t('meetings.details.title')}</h3>
      <p class="hint">{t('meetings.details.hint')}</p>
      <ErrorSummary state={props.state} t={t} labels={labels} />
      <TextField state={props.state} name="full_name" label={labels.full_name} t={t} maxlength={120} autocomplete="name" />
      <TextField state={props.state} name="phone" label={labels.phone} t={t} type="tel" maxlength={40} autocomplete="tel" />
      <TextArea state={props.state} name="needs" label={labels.needs} hint={t('meetings.details.needsHint')} t={t} rows={3} maxlength={1000} />
      <CheckboxField state={props.state} name="share_details" label={t('meetings.details.share')} />
      <p><button type="submit">{t('meetings.details.save')}</button></p>
    </form>
  );
}

function OnlineLink(props: { ctx: PageContext; meeting: MeetingRow; now: Date }) {
  const { t } = props.ctx;
  if (props.meeting.mode === 'in-person') return null;
  if (!props.meeting.online_url) return <p>{t('meetings.online.notYet')}</p>;
  return onlineLinkOpen(props.meeting, props.now) ? (
    <p><a class="button" href={props.meeting.online_url} rel="noopener noreferrer">{t('meetings.online.join')}</a></p>
  ) : (
    <p>{t('meetings.online.later', { minutes: ONLINE_LINK_LEAD_MINUTES })}</p>
  );
}

/** The registration part of a meeting page: the way in, a seat and its code, the waitlist, details and cancelling. */
export function RegistrationBox(props: { ctx: PageContext; meeting: MeetingRow; standing: RegistrationStanding }) {
  const { ctx, meeting, standing } = props;
  const { t } = ctx;
  const mine = standing.mine;
  if (mine?.status === 'confirmed') {
    return (
      <section aria-labelledby="registration-title" class="registration">
        <h2 id="registration-title">{t('meetings.register.title')}</h2>
        <p class="notice" role="status">{t('meetings.register.seat')}</p>
        <p>{t('meetings.register.code')} <strong class="code">{displayCode(mine.code)}</strong></p>
        <p class="hint">{t('meetings.register.codeHint')}</p>
        <OnlineLink ctx={ctx} meeting={meeting} now={standing.now} />
        <DetailsForm ctx={ctx} meeting={meeting} state={standing.detailsForm} />
        <p><a href={meetingPath(meeting.id, 'cancel')}>{t('meetings.cancel.link')}</a></p>
      </section>
    );
  }
  if (mine?.status === 'waiting') {
    return (
      <section aria-labelledby="registration-title" class="registration">
        <h2 id="registration-title">{t('meetings.register.title')}</h2>
        <p class="notice" role="status">{t('meetings.register.waiting', { position: standing.waitlistPosition ?? 1 })}</p>
        <p class="hint">{t('meetings.register.waitingHint')}</p>
        <p><a href={meetingPath(meeting.id, 'cancel')}>{t('meetings.cancel.leaveWaitlist')}</a></p>
      </section>
    );
  }
  return (
    <section aria-labelledby="registration-title" class="registration">
      <h2 id="registration-title">{t('meetings.register.title')}</h2>
      {standing.refusal === 'meetings.register.signIn' ? (
        <p><a href={`/account/sign-in?next=${encodeURIComponent(meetingPath(meeting.id))}`}>{t('meetings.register.signIn')}</a></p>
      ) : standing.refusal ? (
        <p>{t(standing.refusal)}</p>
      ) : standing.requirement ? (
        <RequirementNotice ctx={ctx} refusal={standing.requirement} />
      ) : (
        <form method="post" action={meetingPath(meeting.id, 'register')}>
          {standing.full && <p>{t('meetings.register.fullHint')}</p>}
          <p><button type="submit">{t(standing.full ? 'meetings.register.joinWaitlist' : 'meetings.register.submit')}</button></p>
        </form>
      )}
    </section>
  );
}
