import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { meetingPath } from '../access.ts';
import type { ListedMeeting } from '../queries.ts';
import { SeatsText, WhenText } from './meeting-facts.tsx';
import { Localized, namedIn } from '../../../web/localized-text.tsx';

/** Meetings as a list of short cards: title, when, how, seats; `showProcess` adds the process (home page). */
export function MeetingList(props: { ctx: PageContext; meetings: ListedMeeting[]; showProcess?: boolean; headingLevel?: 'h3' | 'h4' }) {
  const { ctx } = props;
  const { t, locale } = ctx;
  const Heading = props.headingLevel ?? 'h3';
  return (
    <ul class="meeting-list">
      {props.meetings.map((m) => (
        <li>
          <Heading><a href={meetingPath(m.id)}><Localized ctx={ctx} fr={m.title_fr} en={m.title_en} /></a></Heading>
          <p class="meta"><WhenText ctx={ctx} meeting={m} /> · {t(`meetings.mode.${m.mode}`)}{m.mode !== 'online' && m.address ? ` · ${m.address}` : ''}</p>
          {props.showProcess && <p class="meta">{namedIn(ctx, (process) => t('meetings.list.inProcess', { process }), m.process_title_fr, m.process_title_en).marked}</p>}
          <p class="meta"><SeatsText ctx={ctx} capacity={m.capacity} counts={m.counts} /></p>
        </li>
      ))}
    </ul>
  );
}
