import { raw } from 'hono/html';
import { formatDate, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { renderMarkdown } from '../../../web/markdown.ts';
import { componentPath, meetingPath, type MeetingContext } from '../access.ts';
import type { MinutesRow, SeatCounts } from '../queries.ts';
import { MeetingFacts } from './meeting-facts.tsx';
import { RegistrationBox, type RegistrationStanding } from './registration-box.tsx';
import { Localized, localizedPlain } from '../../../web/localized-text.tsx';

/** What a meeting page shows besides the meeting itself. */
export interface MeetingPageData {
  mc: MeetingContext;
  organiser: { name: string; slug: string } | null;
  counts: SeatCounts;
  standing: RegistrationStanding;
  ended: boolean;
  /** Approved versions of the minutes, newest first (drafts are for organisers only). */
  minutes: MinutesRow[];
  proposals: { id: string; title: string }[];
  organises: boolean;
  /** The small map of where it is (an in-person meeting placed on the city's map), or null. */
  locator: string | null;
  /** The name of its neighbourhood, when the organiser gave one. */
  neighbourhood: string | null;
}

function AfterTheMeeting(props: { ctx: PageContext; data: MeetingPageData }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const [current, ...earlier] = data.minutes;
  const { meeting } = data.mc;
  return (
    <section aria-labelledby="after-title">
      <h2 id="after-title">{t('meetings.after.title')}</h2>
      <p>
        {meeting.attendance_total !== null ? t('meetings.after.attendance', { count: meeting.attendance_total }) : t('meetings.after.noAttendance')}{' '}
        {t('meetings.after.checkedIn', { count: data.counts.checkedIn })}
      </p>
      <h3>{t('meetings.minutes.title')}</h3>
      {current ? (
        <>
          <p class="meta">{t('meetings.minutes.approvedOn', { date: formatDate(locale, current.approved_on!), version: current.version })}</p>
          <div class="prose">{raw(renderMarkdown(localized(locale, current.body_fr, current.body_en)))}</div>
          {earlier.length > 0 && (
            <details>
              <summary>{t('meetings.minutes.earlier')}</summary>
              <ul>{earlier.map((m) => <li><a href={meetingPath(meeting.id, `minutes/${m.version}`)}>{t('meetings.minutes.versionOf', { version: m.version, date: formatDate(locale, m.approved_on!) })}</a></li>)}</ul>
            </details>
          )}
        </>
      ) : (
        <p>{t('meetings.minutes.none')}</p>
      )}
      <h3>{t('meetings.proposals.title')}</h3>
      {data.proposals.length ? <ul>{data.proposals.map((p) => <li><a href={`/proposals/${p.id}`}>{p.title}</a></li>)}</ul> : <p>{t('meetings.proposals.none')}</p>}
    </section>
  );
}

/** The public page of one meeting. */
export function MeetingPage(props: { ctx: PageContext; data: MeetingPageData }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const { meeting, detail, component } = data.mc;
  const title = localizedPlain(ctx, meeting.title_fr, meeting.title_en);
  const description = localized(locale, meeting.description_fr, meeting.description_en);
  return (
    <Layout ctx={ctx} title={title}>
      <nav aria-label={t('meetings.breadcrumb')}>
        <p>
          <a href={`/processes/${detail.process.slug}`}><Localized ctx={ctx} fr={detail.process.title_fr} en={detail.process.title_en} /></a> ›{' '}
          <a href={componentPath(data.mc)}><Localized ctx={ctx} fr={component.name_fr} en={component.name_en} /></a>
        </p>
      </nav>
      <h1><Localized ctx={ctx} fr={meeting.title_fr} en={meeting.title_en} /></h1>
      <MeetingFacts ctx={ctx} meeting={meeting} organiser={data.organiser} counts={data.counts} neighbourhood={data.neighbourhood} />
      {data.locator && <div class="locator">{raw(data.locator)}</div>}
      {description && <div class="prose">{raw(renderMarkdown(description))}</div>}
      <p><a href={meetingPath(meeting.id, 'event.ics')}>{t('meetings.calendar.add')}</a></p>
      {data.ended ? <AfterTheMeeting ctx={ctx} data={data} /> : <RegistrationBox ctx={ctx} meeting={meeting} standing={data.standing} />}
      {data.organises && <p><a class="button secondary" href={meetingPath(meeting.id, 'organise')}>{t('meetings.organise.link')}</a></p>}
    </Layout>
  );
}
