import { localized } from '../../../platform/i18n/index.ts';
import type { PublishedStatistic } from '../../../platform/statistics/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { NoiseNote, PublishedFigure } from '../../../web/published-figure.tsx';
import { proposalCategories } from '../policy.ts';
import type { ComponentContext } from '../queries.ts';
import type { StatisticsGrouping } from '../statistics.ts';

function StatsTable(props: { ctx: PageContext; statistic: PublishedStatistic; grouping: StatisticsGrouping; caption: string; head: string; rows: { label: string; key: string }[] }) {
  const { ctx, rows, statistic, grouping } = props;
  const { t } = ctx;
  const proposals = statistic.tables[`proposals.${grouping}`];
  const supports = statistic.tables[`supports.${grouping}`];
  return (
    <table tabindex={0}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col">{t('proposals.stats.proposals')}</th>
          <th scope="col">{t('proposals.stats.supports')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <th scope="row">{r.label}</th>
            <td><PublishedFigure ctx={ctx} figure={proposals.cells[r.key]} /></td>
            <td><PublishedFigure ctx={ctx} figure={supports.cells[r.key]} /></td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('proposals.stats.total')}</th>
          <td><PublishedFigure ctx={ctx} figure={proposals.total!} /></td>
          <td><PublishedFigure ctx={ctx} figure={supports.total!} /></td>
        </tr>
      </tfoot>
    </table>
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
