import { localized } from '../../../platform/i18n/index.ts';
import type { PublishedStatistic } from '../../../platform/statistics/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { NoiseNote, PublishedFigure } from '../../../web/published-figure.tsx';
import { proposalCategories } from '../policy.ts';
import type { ComponentContext } from '../queries.ts';
import type { StatisticsGrouping } from '../statistics.ts';
import { DataTable } from '../../../web/data-table.tsx';

function StatsTable(props: { ctx: PageContext; statistic: PublishedStatistic; grouping: StatisticsGrouping; caption: string; head: string; rows: { label: string; key: string }[] }) {
  const { ctx, rows, statistic, grouping } = props;
  const { t } = ctx;
  const proposals = statistic.tables[`proposals.${grouping}`];
  const supports = statistic.tables[`supports.${grouping}`];
  return (
    <DataTable
      caption={props.caption}
      rows={rows.map((r) => ({ label: r.label, proposals: proposals.cells[r.key], supports: supports.cells[r.key] }))}
      footer={[{ label: t('proposals.stats.total'), proposals: proposals.total!, supports: supports.total! }]}
      columns={[
        { header: props.head, rowHeader: true, cell: (r) => r.label },
        { header: t('proposals.stats.proposals'), cell: (r) => <PublishedFigure ctx={ctx} figure={r.proposals} /> },
        { header: t('proposals.stats.supports'), cell: (r) => <PublishedFigure ctx={ctx} figure={r.supports} /> },
      ]}
    />
  );
}

/** Public statistics of a proposals component: proposals and supports per neighbourhood and per category, as the privacy rules publish them. */
export function StatsPage(props: { ctx: PageContext; context: ComponentContext; statistic: PublishedStatistic }) {
  const { ctx, context, statistic } = props;
  const { t, locale } = ctx;
  const hoods = [
    ...context.neighbourhoods.map((n) => ({ label: localized(locale, n.name_fr, n.name_en), key: n.id })),
    { label: t('proposals.wholeCity'), key: 'city' },
  ];
  const categories = proposalCategories.map((c) => ({ label: t(`proposals.category.${c}`), key: c }));
  const base = `/processes/${context.detail.process.slug}/c/${context.component.id}`;
  return (
    <Layout ctx={ctx} title={t('proposals.stats.title')}>
      <nav aria-label={t('proposals.page.breadcrumb')}>
        <p><a href={base}>{t('proposals.page.back')}</a></p>
      </nav>
      <h1>{t('proposals.stats.title')}</h1>
      <p>{t('proposals.stats.rule')}</p>
      <NoiseNote ctx={ctx} statistic={statistic} />
      <StatsTable ctx={ctx} statistic={statistic} grouping="byNeighbourhood" caption={t('proposals.stats.byNeighbourhood')} head={t('proposals.field.neighbourhood')} rows={hoods} />
      <StatsTable ctx={ctx} statistic={statistic} grouping="byCategory" caption={t('proposals.stats.byCategory')} head={t('proposals.field.category')} rows={categories} />
    </Layout>
  );
}
