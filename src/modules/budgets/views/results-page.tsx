import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { BudgetContext } from '../budget-context.ts';
import type { ResultRow } from '../queries.ts';
import type { StoredOutcome } from '../results-service.ts';
import { BudgetBreadcrumb } from './ballot-page.tsx';
import { ResultsInPlainWords } from './results-explain.tsx';
import { BarChart, type ChartRow } from './bar-chart.tsx';
import { categoryLabel } from './category.ts';
import { budgetTitle, money } from './format.ts';
import { FundedTable, GreedyComparisonSection, projectLookup, UnfundedTable } from './results-tables.tsx';
import { Localized, plainLabel, type LanguageLabel } from '../../../web/localized-text.tsx';

/** Funded spending grouped by a key (neighbourhood or category), largest first. */
function spendingBy(ctx: PageContext, b: BudgetContext, outcome: StoredOutcome, keyOf: (ref: string) => LanguageLabel): ChartRow[] {
  const cost = new Map(b.projects.map((p) => [p.ref, p.cost]));
  const totals = new Map<string, { label: LanguageLabel; value: number }>();
  for (const ref of outcome.selected) {
    const label = keyOf(ref);
    const total = totals.get(label.text) ?? { label, value: 0 };
    totals.set(label.text, { label, value: total.value + (cost.get(ref) ?? 0) });
  }
  return [...totals.values()]
    .sort((x, y) => y.value - x.value || (x.label.text < y.label.text ? -1 : 1))
    .map(({ label, value }) => ({ label: label.text, lang: label.lang, value, text: money(ctx, value, b.budget.currency) }));
}

/** The results page: summary, funded and unfunded projects explained, charts, comparison with greedy, downloads. */
export function ResultsPage(props: { ctx: PageContext; b: BudgetContext; result: ResultRow; outcome: StoredOutcome }) {
  const { ctx, b, result, outcome } = props;
  const { t, locale } = ctx;
  const cur = b.budget.currency;
  const lookup = projectLookup(ctx, b);
  const category = new Map(b.projects.map((p) => [p.ref, categoryLabel(ctx, p.category) || t('budgets.results.noCategory')]));
  const title = t('budgets.results.title', { budget: budgetTitle(ctx, b.budget) });
  return (
    <Layout ctx={ctx} title={title}>
      <BudgetBreadcrumb ctx={ctx} b={b} />
      <h1>{title}</h1>
      {!result.published_at && <p class="notice">{t('budgets.results.preview')}</p>}
      <p class="lead">
        {t('budgets.results.summary', {
          ballots: formatNumber(locale, outcome.ballots),
          count: outcome.selected.length,
          cost: money(ctx, outcome.cost, cur),
          amount: money(ctx, outcome.budget, cur),
        })}
      </p>
      <p>{t(`budgets.rule.${outcome.rule}`)} {t('budgets.results.tieBreak', { order: outcome.tieBreak.map((k) => t(`budgets.tie.${k}`)).join(', ') })}</p>
      {result.published_at && <p class="meta">{t('budgets.results.publishedOn', { date: formatDate(locale, result.published_at) })}</p>}

      <ResultsInPlainWords ctx={ctx} b={b} outcome={outcome} titleOf={(ref) => plainLabel(ctx, lookup(ref).title)} />

      <h2>{t('budgets.results.funded')}</h2>
      <FundedTable ctx={ctx} b={b} outcome={outcome} lookup={lookup} />

      <h2>{t('budgets.results.unfunded')}</h2>
      <UnfundedTable ctx={ctx} b={b} outcome={outcome} lookup={lookup} />

      <h2>{t('budgets.results.spending')}</h2>
      <BarChart ctx={ctx} id="chart-neighbourhood" caption={t('budgets.results.byNeighbourhood')} labelHeader={t('budgets.project.neighbourhood')} valueHeader={t('budgets.results.spent')} rows={spendingBy(ctx, b, outcome, (ref) => lookup(ref).hood)} />
      <BarChart ctx={ctx} id="chart-category" caption={t('budgets.results.byCategory')} labelHeader={t('budgets.project.category')} valueHeader={t('budgets.results.spent')} rows={spendingBy(ctx, b, outcome, (ref) => ({ text: category.get(ref) ?? ref }))} />

      <GreedyComparisonSection ctx={ctx} b={b} outcome={outcome} lookup={lookup} />

      <h2>{t('budgets.results.recountTitle')}</h2>
      <p>{t('budgets.results.recountIntro')}</p>
      <p>
        <a href={`/budgets/${b.budget.id}/results.pb`} download={`budget-${b.budget.id}.pb`}>{t('budgets.results.download')}</a>
      </p>
      <p><code>{`npx cocity pb tally budget-${b.budget.id}.pb${outcome.rule === 'mes' ? '' : ` --rule ${outcome.rule}`}`}</code></p>
      <p><a href={`/processes/${b.detail.process.slug}`}><Localized ctx={ctx} fr={b.detail.process.title_fr} en={b.detail.process.title_en} /></a></p>
    </Layout>
  );
}
