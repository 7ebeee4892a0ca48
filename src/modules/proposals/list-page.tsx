import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { pageContext } from '../../web/layout.tsx';
import type { ComponentRow, ProcessDetail } from '../processes/types.ts';
import { seesHidden } from './access.ts';
import { lenientFilters, listProposals, newSeed } from './list-query.ts';
import { contextFromDetail } from './queries.ts';
import { ProposalList } from './views/list.tsx';

/** The component's public page: filters, search, sort, one page of proposals and the count of results. */
export async function renderProposalList(c: Context<AppEnv>, component: ComponentRow, detail: ProcessDetail) {
  const { db } = c.var.deps;
  const filters = lenientFilters(c.req.query());
  if (filters.sort === 'random' && !filters.seed) filters.seed = newSeed();
  const context = await contextFromDetail(db, detail, component);
  const result = await listProposals(db, component.id, filters, { includeHidden: seesHidden(c.var.user) });
  return <ProposalList ctx={pageContext(c)} context={context} filters={filters} rows={result.rows} total={result.total} />;
}
