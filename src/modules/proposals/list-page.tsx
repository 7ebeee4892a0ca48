import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { AppEnv } from '../../platform/context.ts';
import { pageContext } from '../../web/layout.tsx';
import { firstImages } from '../attachments/index.ts';
import type { ComponentRow, ProcessDetail } from '../processes/index.ts';
import { seesHidden } from './access.ts';
import { cachedFragment } from './list-cache.ts';
import { proposalListMap } from './list-map.ts';
import { lenientFilters, listProposals, newSeed } from './list-query.ts';
import { contextFromDetail } from './queries.ts';
import { ProposalList } from './views/list.tsx';

/** The component's public page: filters, search, sort, one page of proposals and the count of results. */
export async function renderProposalList(c: Context<AppEnv>, component: ComponentRow, detail: ProcessDetail) {
  const { db } = c.var.deps;
  const filters = lenientFilters(c.req.query());
  if (filters.sort === 'random' && !filters.seed) filters.seed = newSeed();
  const context = await contextFromDetail(db, detail, component);
  const includeHidden = seesHidden(c.var.user);
  const ctx = pageContext(c);
  // Everything that changes the fragment is in the key: what is listed, the language, and what the viewer's role adds.
  const key = JSON.stringify([component.id, component.settings, detail.current?.id ?? null, filters, ctx.locale, includeHidden, ctx.user?.role === 'admin']);
  const html = await cachedFragment(key, async () => {
    const base = `/processes/${detail.process.slug}/c/${component.id}`;
    const [result, map] = await Promise.all([listProposals(db, component.id, filters, { includeHidden }), proposalListMap(db, ctx.t, ctx.locale, base, component.id, filters, includeHidden)]);
    const thumbnails = await firstImages(db, 'proposal', result.rows.map((r) => r.id));
    return (<ProposalList ctx={ctx} context={context} filters={filters} rows={result.rows} total={result.total} map={map} thumbnails={thumbnails} />).toString();
  });
  return raw(html);
}
