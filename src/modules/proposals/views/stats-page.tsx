import { type PublishedCount, publishCountsWithTotal, publishTotal } from '../../../engines/privacy/small-counts.ts';
import { formatNumber, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { proposalCategories } from '../policy.ts';
import type { ComponentContext } from '../queries.ts';

type Cell = { proposals: number; supports: number };

function Count(props: { ctx: PageContext; count: PublishedCount }) {
  const c = props.count;
  return <>{c.kind === 'exact' ? formatNumber(props.ctx.locale, c.value) : props.ctx.t('proposals.stats.fewerThan', { n: c.threshold })}</>;
}

function StatsTable(props: { ctx: PageContext; caption: string; head: string; rows: { label: string; cell: Cell }[] }) {
  const { ctx, rows } = props;
  const { t } = ctx;
  const proposals = publishCountsWithTotal(rows.map((r) => r.cell.proposals));
  const supports = publishCountsWithTotal(rows.map((r) => r.cell.supports));
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col">{t('proposals.stats.proposals')}</th>
          <th scope="col">{t('proposals.stats.supports')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr>
            <th scope="row">{r.label}</th>
            <td><Count ctx={ctx} count={proposals[i]} /></td>
            <td><Count ctx={ctx} count={supports[i]} /></td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('proposals.stats.total')}</th>
          <td><Count ctx={ctx} count={publishTotal(rows.map((r) => r.cell.proposals))} /></td>
          <td><Count ctx={ctx} count={publishTotal(rows.map((r) => r.cell.supports))} /></td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Public statistics of a proposals component: proposals and supports per neighbourhood and per category, small counts hidden. */
export function StatsPage(props: { ctx: PageContext; context: ComponentContext; stats: { byNeighbourhood: Map<string, Cell>; byCategory: Map<string, Cell> } }) {
  const { ctx, context, stats } = props;
  const { t, locale } = ctx;
  const empty: Cell = { proposals: 0, supports: 0 };
  const hoods = [
    ...context.neighbourhoods.map((n) => ({ label: localized(locale, n.name_fr, n.name_en), cell: stats.byNeighbourhood.get(n.id) ?? empty })),
    { label: t('proposals.wholeCity'), cell: stats.byNeighbourhood.get('city') ?? empty },
  ];
  const categories = proposalCategories.map((c) => ({ label: t(`proposals.category.${c}`), cell: stats.byCategory.get(c) ?? empty }));
  const base = `/processes/${context.detail.process.slug}/c/${context.component.id}`;
  return (
    <Layout ctx={ctx} title={t('proposals.stats.title')}>
      <nav aria-label={t('proposals.page.breadcrumb')}>
        <p><a href={base}>{t('proposals.page.back')}</a></p>
      </nav>
      <h1>{t('proposals.stats.title')}</h1>
      <p>{t('proposals.stats.rule')}</p>
      <StatsTable ctx={ctx} caption={t('proposals.stats.byNeighbourhood')} head={t('proposals.field.neighbourhood')} rows={hoods} />
      <StatsTable ctx={ctx} caption={t('proposals.stats.byCategory')} head={t('proposals.field.category')} rows={categories} />
    </Layout>
  );
}
