import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { pageContext } from '../../web/layout.tsx';
import { listProcessSummaries, serveUpload } from '../processes/index.ts';
import { HomePage } from './views/home-page.tsx';

/** The home page, and uploaded files (served from the root so any module's images share one address). */
export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get('/', async (c) => {
  const items = await listProcessSummaries(c.var.deps.db, { publishedOnly: true });
  return c.html(<HomePage ctx={pageContext(c)} items={items} />);
});

homeRoutes.get('/uploads/:id', serveUpload);
