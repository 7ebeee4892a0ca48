import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { pageContext } from '../../web/layout.tsx';
import { listMeetings } from '../meetings/index.ts';
import { publishedCards, serveUpload } from '../processes/index.ts';
import { HomePage } from './views/home-page.tsx';

/** The home page, and uploaded files (served from the root so any module's images share one address). */
export const homeRoutes = new Hono<AppEnv>();

// A glance, not a calendar: the meetings component and /calendar.ics list them all.
const NEXT_MEETINGS = 3;

homeRoutes.get('/', async (c) => {
  const ctx = pageContext(c);
  const { db } = c.var.deps;
  const [cards, meetings] = await Promise.all([publishedCards(db, ctx), listMeetings(db, { publishedOnly: true, endsAfter: new Date().toISOString(), limit: NEXT_MEETINGS })]);
  return c.html(<HomePage ctx={ctx} cards={cards} meetings={meetings} />);
});

homeRoutes.get('/uploads/:id', serveUpload);
homeRoutes.get('/uploads/:id/small', serveUpload);
