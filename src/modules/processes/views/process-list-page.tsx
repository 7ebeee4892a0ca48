import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ProcessSummary } from '../types.ts';
import { ProcessCards } from './process-cards.tsx';

/** `/processes`: every published process, open ones first. */
export function ProcessListPage(props: { ctx: PageContext; items: ProcessSummary[] }) {
  const { ctx, items } = props;
  const open = items.filter((i) => !i.closed);
  const closed = items.filter((i) => i.closed);
  return (
    <Layout ctx={ctx} title={ctx.t('processes.list.title')}>
      <h1>{ctx.t('processes.list.title')}</h1>
      <p class="lead">{ctx.t('processes.list.intro')}</p>
      <h2>{ctx.t('processes.list.open')}</h2>
      {open.length ? <ProcessCards ctx={ctx} items={open} /> : <p>{ctx.t('processes.list.noneOpen')}</p>}
      <h2>{ctx.t('processes.list.closed')}</h2>
      {closed.length ? <ProcessCards ctx={ctx} items={closed} /> : <p>{ctx.t('processes.list.noneClosed')}</p>}
    </Layout>
  );
}
