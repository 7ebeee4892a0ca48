import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { isAdmin } from '../../platform/session.ts';
import type { PageContext } from '../../web/layout.tsx';
import { defineComponent, type ComponentRow, type ProcessDetail } from '../processes/index.ts';
import { listMeetings } from './queries.ts';
import { meetingSpec } from './spec.ts';
import { MeetingList } from './views/meeting-list.tsx';

// The page frame already took the flash message: the block only needs the language and the reader.
const viewContext = (c: Context<AppEnv>): PageContext => ({ t: c.var.t, locale: c.var.locale, user: c.var.user, path: new URL(c.req.url).pathname, flash: null });

/** The meetings block of a component page: upcoming meetings, past ones, the process's calendar feed and (for admins) a new meeting. */
async function renderMeetings(c: Context<AppEnv>, component: ComponentRow, detail: ProcessDetail) {
  const ctx = viewContext(c);
  const { t } = ctx;
  const now = new Date().toISOString();
  const db = c.var.deps.db;
  const [upcoming, past] = await Promise.all([
    listMeetings(db, { componentId: component.id, publishedOnly: false, endsAfter: now }),
    listMeetings(db, { componentId: component.id, publishedOnly: false, endsBefore: now, newestFirst: true }),
  ]);
  return (
    <>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('meetings.list.upcoming')}</h2>
        {upcoming.length ? <MeetingList ctx={ctx} meetings={upcoming} /> : <p>{t('meetings.list.noneUpcoming')}</p>}
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">{t('meetings.list.past')}</h2>
        {past.length ? <MeetingList ctx={ctx} meetings={past} /> : <p>{t('meetings.list.nonePast')}</p>}
      </section>
      <ul class="inline-list">
        <li><a href={`/processes/${detail.process.slug}/calendar.ics`}>{t('meetings.calendar.processFeed')}</a></li>
        {isAdmin(c.var.user) && <li><a class="button" href={`/meetings/new/${component.id}`}>{t('meetings.form.newTitle')}</a></li>}
      </ul>
    </>
  );
}

/** The next meetings of a component, for its line on the process page. */
async function upcomingSummary(c: Context<AppEnv>, component: ComponentRow) {
  const ctx = viewContext(c);
  const meetings = await listMeetings(c.var.deps.db, { componentId: component.id, publishedOnly: false, endsAfter: new Date().toISOString(), limit: 3 });
  return meetings.length ? <MeetingList ctx={ctx} meetings={meetings} headingLevel="h4" /> : null;
}

/** The "meetings" component: meetings in person, online or both, with registrations, a waitlist, calendars and minutes. */
export const meetingComponent = defineComponent({
  ...meetingSpec,
  renderPublic: renderMeetings,
  summary: upcomingSummary,
  participation: async (db, componentId) => {
    const row = await db
      .selectFrom('meeting_registration')
      .innerJoin('meeting', 'meeting.id', 'meeting_registration.meeting_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('meeting.component_id', '=', componentId)
      .where('meeting_registration.status', '!=', 'cancelled')
      .executeTakeFirstOrThrow();
    return [{ key: 'meetings.held.registrations', count: Number(row.n) }];
  },
});
