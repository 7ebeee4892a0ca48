import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ProcessSummary } from '../types.ts';
import { ProcessCards } from './process-cards.tsx';

/** `/admin/processes`: drafts and published processes, with the way to create one. */
export function AdminListPage(props: { ctx: PageContext; items: ProcessSummary[] }) {
  const { ctx, items } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('processes.admin.list.title')}>
      <h1>{ctx.t('processes.admin.list.title')}</h1>
      <p><a class="button" href="/admin/processes/new">{ctx.t('processes.admin.list.new')}</a></p>
      {items.length === 0 ? (
        <p>{ctx.t('processes.admin.list.empty')}</p>
      ) : (
        <ProcessCards ctx={ctx} items={items} showDraft hrefFor={(item) => `/admin/processes/${item.process.id}`} />
      )}
    </Layout>
  );
}
