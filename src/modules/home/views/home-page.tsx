import { raw } from 'hono/html';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { MeetingList, type ListedMeeting } from '../../meetings/index.ts';
import type { PublishedCards } from '../../processes/index.ts';

/** The home page: what cocity is for, then open processes, the next meetings, then closed processes. */
export function HomePage(props: { ctx: PageContext; cards: PublishedCards; meetings: ListedMeeting[] }) {
  const { ctx, cards } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <p>{t('home.orientation')}</p>
      <section aria-labelledby="open-title">
        <h2 id="open-title">{t('home.open')}</h2>
        {cards.openCount ? raw(cards.openHtml) : <p>{t('home.noneOpen')}</p>}
      </section>
      <section aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('meetings.home.title')}</h2>
        {props.meetings.length ? <MeetingList ctx={ctx} meetings={props.meetings} showProcess /> : <p>{t('meetings.home.none')}</p>}
        <p><a href="/calendar.ics">{t('meetings.home.calendar')}</a></p>
      </section>
      <section aria-labelledby="closed-title">
        <h2 id="closed-title">{t('home.closed')}</h2>
        {cards.closedCount ? raw(cards.closedHtml) : <p>{t('home.noneClosed')}</p>}
      </section>
      <p><a href="/processes">{t('home.allProcesses')}</a></p>
    </Layout>
  );
}
