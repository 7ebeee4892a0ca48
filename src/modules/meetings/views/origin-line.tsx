import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { meetingOrigin } from '../origin.ts';
import { formatMeetingDay } from '../times.ts';
import { namedIn } from '../../../web/localized-text.tsx';

/** "From the meeting of 23 November 2026: …", linking to the meeting (on a proposal's page). */
export function MeetingOriginLine(props: { ctx: PageContext; origin: NonNullable<Awaited<ReturnType<typeof meetingOrigin>>> }) {
  const { t, locale } = props.ctx;
  const { origin } = props;
  return (
    <p class="meta">
      <a href={`/meetings/${origin.id}`}>{namedIn(props.ctx, (title) => t('meetings.proposal.from', { date: formatMeetingDay(locale, origin.starts_at, origin.time_zone), title }), origin.title_fr, origin.title_en).marked}</a>
    </p>
  );
}
