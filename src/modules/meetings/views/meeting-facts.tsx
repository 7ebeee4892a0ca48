import type { PageContext } from '../../../web/layout.tsx';
import type { MeetingRow, SeatCounts } from '../queries.ts';
import { formatMeetingTime, formatTimeOfDay, sameDay } from '../times.ts';

/** The accessibility features a meeting place may offer, in the order they are shown (each a column of `meeting`). */
export const accessFeatures = ['step_free', 'induction_loop', 'sign_language', 'childcare'] as const;

/** When a meeting happens: its start, and its end (only the time when it ends the same day). */
export function WhenText(props: { ctx: PageContext; meeting: Pick<MeetingRow, 'starts_at' | 'ends_at' | 'time_zone'> }) {
  const { locale, t } = props.ctx;
  const { starts_at, ends_at, time_zone } = props.meeting;
  const end = sameDay(starts_at, ends_at, time_zone) ? formatTimeOfDay(locale, ends_at, time_zone) : formatMeetingTime(locale, ends_at, time_zone);
  return <>{t('meetings.when.range', { start: formatMeetingTime(locale, starts_at, time_zone), end })}</>;
}

/** Seats taken and people waiting, as a sentence. */
export function SeatsText(props: { ctx: PageContext; capacity: number | null; counts: SeatCounts }) {
  const { t } = props.ctx;
  const { capacity, counts } = props;
  const seats = capacity === null ? t('meetings.seats.unlimited', { registered: counts.registered }) : t('meetings.seats.limited', { registered: counts.registered, capacity });
  return <>{counts.waitlist > 0 ? `${seats} ${t('meetings.seats.waiting', { count: counts.waitlist })}` : seats}</>;
}

/** The facts of a meeting as a description list: when, how, where, access, organiser, seats. */
export function MeetingFacts(props: { ctx: PageContext; meeting: MeetingRow; organiser: { name: string; slug: string } | null; counts: SeatCounts; neighbourhood?: string | null }) {
  const { ctx, meeting } = props;
  const { t } = ctx;
  const features = accessFeatures.filter((f) => meeting[f] === 1);
  return (
    <dl class="facts">
      <dt>{t('meetings.facts.when')}</dt>
      <dd><WhenText ctx={ctx} meeting={meeting} /></dd>
      <dt>{t('meetings.facts.mode')}</dt>
      <dd>{t(`meetings.mode.${meeting.mode}`)}</dd>
      {meeting.mode !== 'online' && (
        <>
          <dt>{t('meetings.facts.address')}</dt>
          <dd>{meeting.address}</dd>
          {props.neighbourhood && <dt>{t('meetings.facts.neighbourhood')}</dt>}
          {props.neighbourhood && <dd>{props.neighbourhood}</dd>}
          <dt>{t('meetings.facts.access')}</dt>
          <dd>{features.length ? <ul>{features.map((f) => <li>{t(`meetings.feature.${f}`)}</li>)}</ul> : t('meetings.feature.none')}</dd>
        </>
      )}
      <dt>{t('meetings.facts.organiser')}</dt>
      <dd>{props.organiser ? <a href={`/organisations/${props.organiser.slug}`}>{props.organiser.name}</a> : t('meetings.organiser.city')}</dd>
      <dt>{t('meetings.facts.entry')}</dt>
      <dd>{t(`meetings.access.${meeting.access}`)}</dd>
      <dt>{t('meetings.facts.seats')}</dt>
      <dd><SeatsText ctx={ctx} capacity={meeting.capacity} counts={props.counts} /></dd>
    </dl>
  );
}
