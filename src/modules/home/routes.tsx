import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { pageContext } from '../../web/layout.tsx';
import { publishedCards, serveUpload } from '../processes/index.ts';
import { HomePage } from './views/home-page.tsx';

/** The home page, and uploaded files (served from the root so any module's images share one address). */
export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get('/', async (c) => {
  const ctx = pageContext(c);
  return c.html(<HomePage ctx={ctx} cards={await publishedCards(c.var.deps.db, ctx)} />);
});

homeRoutes.get('/uploads/:id', serveUpload);
homeRoutes.get('/uploads/:id/small', serveUpload);
