import { assertVisibleProcess, canSeeComponent } from './access.ts';
import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { pageContext } from '../../web/layout.tsx';
import { findManifest } from './components/registry.ts';
import { publishedCards } from './published-cards.tsx';
import { findProcessBySlug, loadProcessDetail } from './queries.ts';
import { ComponentPage } from './views/component-page.tsx';
import { ProcessListPage } from './views/process-list-page.tsx';
import { listAttachments } from '../attachments/index.ts';
import { ProcessPage } from './views/process-page.tsx';

/** Public pages of processes, mounted at `/processes`. */
export const processRoutes = new Hono<AppEnv>();

// Drafts answer 404, not 403, so their existence does not leak.
async function visibleProcess(c: { var: AppEnv['Variables'] }, slug: string) {
  const process = await findProcessBySlug(c.var.deps.db, slug);
  assertVisibleProcess(process, c.var.user);
  const detail = await loadProcessDetail(c.var.deps.db, process);
  // Unpublished components are left out for everyone but admins, as if they did not exist.
  return { ...detail, components: detail.components.filter((component) => canSeeComponent(process, component, c.var.user)) };
}

processRoutes.get('/', async (c) => {
  const ctx = pageContext(c);
  return c.html(<ProcessListPage ctx={ctx} cards={await publishedCards(c.var.deps.db, ctx)} />);
});

processRoutes.get('/:slug', async (c) => {
  const detail = await visibleProcess(c, c.req.param('slug'));
  const summaries = new Map<string, Child>();
  for (const component of detail.components) {
    const summary = await findManifest(c.var.deps.modules, component.type)?.summary?.(c, component, detail);
    if (summary) summaries.set(component.id, summary);
  }
  const attachments = await listAttachments(c.var.deps.db, { type: 'process', id: detail.process.id });
  return c.html(<ProcessPage ctx={pageContext(c)} detail={detail} types={c.var.deps.modules} summaries={summaries} attachments={attachments} />);
});

processRoutes.get('/:slug/c/:componentId', async (c) => {
  const detail = await visibleProcess(c, c.req.param('slug'));
  const component = detail.components.find((x) => x.id === c.req.param('componentId'));
  const manifest = component && findManifest(c.var.deps.modules, component.type);
  if (!component || !manifest) throw notFound();
  const body = await manifest.renderPublic(c, component, detail);
  return c.html(
    <ComponentPage ctx={pageContext(c)} detail={detail} component={component}>
      {body}
    </ComponentPage>,
  );
});
