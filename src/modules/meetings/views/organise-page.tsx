import { formatDate, formatDateTime, localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, TextArea, TextField, emptyForm, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { meetingPath, type MeetingContext } from '../access.ts';
import type { DoorCheck } from '../registration-service.ts';
import type { MinutesRow, RegistrationRow, SeatCounts } from '../queries.ts';
import { displayCode } from '../registration-code.ts';
import { SeatsText } from './meeting-facts.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { namedIn } from '../../../web/localized-text.tsx';

/** What the organiser's page shows, and the state of whichever of its forms was just sent. */
export interface OrganisePageData {
  mc: MeetingContext;
  counts: SeatCounts;
  registrations: RegistrationRow[];
  minutes: MinutesRow[];
  proposals: { id: string; title: string; meeting_id?: string | null }[];
  mayEdit: boolean;
  door?: { form: FormState; check?: DoorCheck };
  attendanceForm?: FormState;
  minutesForm?: FormState;
  approveForm?: { version: number; form: FormState };
}

function DoorSection(props: { ctx: PageContext; data: OrganisePageData }) {
  const { t, locale } = props.ctx;
  const { mc, counts, door } = props.data;
  const check = door?.check;
  return (
    <section aria-labelledby="door-title">
      <h2 id="door-title">{t('meetings.door.title')}</h2>
      <p>{t('meetings.door.count', { checked: counts.checkedIn, registered: counts.registered })}</p>
      {check && <p class="notice" role="status">{t(`meetings.door.${check.result}`, 'at' in check ? { at: formatDateTime(locale, check.at) } : {})}</p>}
      <form method="post" action={meetingPath(mc.meeting.id, 'door')}>
        <ErrorSummary state={door?.form ?? emptyForm()} t={t} labels={{ code: t('meetings.door.code') }} />
        <TextField state={door?.form ?? emptyForm()} name="code" label={t('meetings.door.code')} t={t} required maxlength={20} autocomplete="off" />
        <p><button type="submit">{t('meetings.door.submit')}</button></p>
      </form>
    </section>
  );
}

function RegistrationTable(props: { ctx: PageContext; data: OrganisePageData }) {
  const { t, locale } = props.ctx;
  let waiting = 0;
  return (
    <section aria-labelledby="registrations-title">
      <h2 id="registrations-title">{t('meetings.organise.registrations')}</h2>
      <p><SeatsText ctx={props.ctx} capacity={props.data.mc.meeting.capacity} counts={props.data.counts} /></p>
      <p><a href={meetingPath(props.data.mc.meeting.id, 'registrations.csv')}>{t('meetings.organise.export')}</a></p>
      {props.data.registrations.length === 0 ? (
        <p>{t('meetings.organise.noRegistrations')}</p>
      ) : (
        <DataTable
          caption={t('meetings.organise.registrations')}
          captionHidden
          rows={props.data.registrations.map((r) => {
            waiting += r.status === 'waiting' ? 1 : 0;
            return { r, position: waiting };
          })}
          columns={[
            { header: t('meetings.csv.code'), cell: ({ r }) => displayCode(r.code) },
            { header: t('meetings.csv.status'), cell: ({ r, position }) => (r.status === 'waiting' ? t('meetings.status.waitingAt', { position }) : t(`meetings.status.${r.status}`)) },
            { header: t('meetings.csv.checkedIn'), cell: ({ r }) => (r.checked_in_at ? formatDateTime(locale, r.checked_in_at) : '') },
            { header: t('meetings.csv.name'), cell: ({ r }) => (r.share_details === 1 ? r.full_name : t('meetings.organise.notShared')) },
          ]}
        />
      )}
    </section>
  );
}

function MinutesSection(props: { ctx: PageContext; data: OrganisePageData }) {
  const { t, locale } = props.ctx;
  const { mc, minutes, approveForm } = props.data;
  const form = props.data.minutesForm ?? emptyForm(minutes[0] ? { body_fr: minutes[0].body_fr, body_en: minutes[0].body_en } : {});
  return (
    <section aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t('meetings.minutes.title')}</h2>
      {minutes.length > 0 && (
        <ul>
          {minutes.map((m) => (
            <li>
              {m.approved_on ? t('meetings.minutes.versionOf', { version: m.version, date: formatDate(locale, m.approved_on) }) : t('meetings.minutes.draftVersion', { version: m.version })}
              {!m.approved_on && (
                <form method="post" action={meetingPath(mc.meeting.id, `minutes/${m.version}/approve`)}>
                  <ErrorSummary state={approveForm?.version === m.version ? approveForm.form : emptyForm()} t={t} labels={{ approved_on: t('meetings.minutes.approvedOnLabel'), confirmed: t('meetings.minutes.confirm') }} />
                  <TextField state={approveForm?.version === m.version ? approveForm.form : emptyForm()} name="approved_on" label={t('meetings.minutes.approvedOnLabel')} t={t} type="date" required />
                  <div class="field checkbox">
                    <input type="checkbox" id={`confirm-${m.version}`} name="confirmed" value="yes" />
                    <label for={`confirm-${m.version}`}>{t('meetings.minutes.confirm')}</label>
                  </div>
                  <p><button type="submit">{t('meetings.minutes.approve', { version: m.version })}</button></p>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={meetingPath(mc.meeting.id, 'minutes')}>
        <h3>{t('meetings.minutes.newVersion')}</h3>
        <ErrorSummary state={form} t={t} labels={{ body_fr: t('meetings.minutes.bodyFr'), body_en: t('meetings.minutes.bodyEn') }} />
        <TextArea state={form} name="body_fr" label={t('meetings.minutes.bodyFr')} t={t} required rows={10} maxlength={50000} />
        <TextArea state={form} name="body_en" label={t('meetings.minutes.bodyEn')} t={t} rows={10} maxlength={50000} />
        <p><button type="submit">{t('meetings.minutes.save')}</button></p>
      </form>
    </section>
  );
}

function AfterSection(props: { ctx: PageContext; data: OrganisePageData }) {
  const { t } = props.ctx;
  const { mc, proposals } = props.data;
  const attendance = props.data.attendanceForm ?? emptyForm({ attendance_total: mc.meeting.attendance_total === null ? '' : String(mc.meeting.attendance_total) });
  return (
    <section aria-labelledby="after-organise-title">
      <h2 id="after-organise-title">{t('meetings.after.title')}</h2>
      <form method="post" action={meetingPath(mc.meeting.id, 'attendance')}>
        <ErrorSummary state={attendance} t={t} labels={{ attendance_total: t('meetings.after.attendanceLabel') }} />
        <TextField state={attendance} name="attendance_total" label={t('meetings.after.attendanceLabel')} hint={t('meetings.after.attendanceHint')} t={t} type="number" required maxlength={6} />
        <p><button type="submit">{t('meetings.after.saveAttendance')}</button></p>
      </form>
      <form method="post" action={meetingPath(mc.meeting.id, 'proposals')}>
        <fieldset>
          <legend>{t('meetings.proposals.link')}</legend>
          {proposals.length === 0 && <p>{t('meetings.proposals.noneInProcess')}</p>}
          {proposals.map((p) => (
            <div class="field checkbox">
              <input type="checkbox" id={`proposal-${p.id}`} name="proposal" value={p.id} checked={p.meeting_id === mc.meeting.id} />
              <label for={`proposal-${p.id}`}>{p.title}</label>
            </div>
          ))}
        </fieldset>
        <p><button type="submit">{t('meetings.proposals.save')}</button></p>
      </form>
    </section>
  );
}

/** The organiser's page of a meeting: the door, registrations and export, attendance, minutes and proposals. */
export function OrganisePage(props: { ctx: PageContext; data: OrganisePageData }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const title = namedIn(ctx, (title) => t('meetings.organise.title', { title }), data.mc.meeting.title_fr, data.mc.meeting.title_en);
  return (
    <Layout ctx={ctx} title={title.text}>
      <p><a href={meetingPath(data.mc.meeting.id)}>{t('meetings.back')}</a></p>
      <h1>{title.marked}</h1>
      {data.mayEdit && <p><a href={meetingPath(data.mc.meeting.id, 'edit')}>{t('meetings.organise.edit')}</a></p>}
      <DoorSection ctx={ctx} data={data} />
      <RegistrationTable ctx={ctx} data={data} />
      <AfterSection ctx={ctx} data={data} />
      <MinutesSection ctx={ctx} data={data} />
    </Layout>
  );
}
