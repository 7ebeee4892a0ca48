import { raw } from 'hono/html';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { PublishedCards } from '../published-cards.tsx';

/** `/processes`: every published process, open ones first. */
export function ProcessListPage(props: { ctx: PageContext; cards: PublishedCards }) {
  const { ctx, cards } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('processes.list.title')}>
      <h1>{ctx.t('processes.list.title')}</h1>
      <p class="lead">{ctx.t('processes.list.intro')}</p>
      <h2>{ctx.t('processes.list.open')}</h2>
      {cards.openCount ? raw(cards.openHtml) : <p>{ctx.t('processes.list.noneOpen')}</p>}
      <h2>{ctx.t('processes.list.closed')}</h2>
      {cards.closedCount ? raw(cards.closedHtml) : <p>{ctx.t('processes.list.noneClosed')}</p>}
    </Layout>
  );
}
