import { raw } from 'hono/html';
import { formatDate, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { renderMarkdown } from '../../../web/markdown.ts';
import { meetingPath, type MeetingContext } from '../access.ts';
import type { MinutesRow } from '../queries.ts';
import { namedIn } from '../../../web/localized-text.tsx';

/** One earlier approved version of a meeting's minutes (the meeting page shows the latest). */
export function MinutesVersionPage(props: { ctx: PageContext; mc: MeetingContext; minutes: MinutesRow }) {
  const { ctx, mc, minutes } = props;
  const { t, locale } = ctx;
  const title = namedIn(ctx, (title) => t('meetings.minutes.pageTitle', { title, version: minutes.version }), mc.meeting.title_fr, mc.meeting.title_en);
  return (
    <Layout ctx={ctx} title={title.text}>
      <p><a href={meetingPath(mc.meeting.id)}>{t('meetings.back')}</a></p>
      <h1>{title.marked}</h1>
      <p class="meta">{t('meetings.minutes.approvedOn', { date: formatDate(locale, minutes.approved_on!), version: minutes.version })}</p>
      <div class="prose">{raw(renderMarkdown(localized(locale, minutes.body_fr, minutes.body_en)))}</div>
    </Layout>
  );
}
