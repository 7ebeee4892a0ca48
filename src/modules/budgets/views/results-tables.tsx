import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { BudgetContext } from '../budget-context.ts';
import type { StoredOutcome } from '../results-service.ts';
import { money } from './format.ts';
import { shortfall } from './results-explain.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { languageLabel, MarkedText, SLOT_VALUE, withValue, type LanguageLabel } from '../../../web/localized-text.tsx';

type Lookup = (ref: string) => { title: LanguageLabel; hood: LanguageLabel };

/** Project titles and neighbourhood names by reference, for the results tables and charts, marked when in French on an English page. */
export function projectLookup(ctx: PageContext, b: BudgetContext): Lookup {
  const byRef = new Map(b.projects.map((p) => [p.ref, p]));
  const hoods = new Map(b.neighbourhoods.map((n) => [n.id, n]));
  return (ref) => {
    const p = byRef.get(ref);
    const hood = p?.neighbourhood_id ? hoods.get(p.neighbourhood_id) : undefined;
    return {
      title: p ? languageLabel(ctx.locale, p.title_fr, p.title_en) : { text: ref },
      hood: hood ? languageLabel(ctx.locale, hood.name_fr, hood.name_en) : { text: ctx.t('budgets.scope.city') },
    };
  };
}

/** Funded projects with what their supporters paid (MES) or the load they carry (Phragmén). */
export function FundedTable(props: { ctx: PageContext; b: BudgetContext; outcome: StoredOutcome; lookup: Lookup }) {
  const { ctx, b, outcome, lookup } = props;
  const { t } = ctx;
  const cur = b.budget.currency;
  const pay = (n: number) => money(ctx, Math.round(n), cur);
  return (
    <DataTable
      caption={t('budgets.results.fundedCaption', { count: outcome.explanation.funded.length })}
      rows={outcome.explanation.funded}
      columns={[
        { header: t('budgets.project.title'), rowHeader: true, cell: (f) => <MarkedText ctx={ctx} label={lookup(f.id).title} /> },
        { header: t('budgets.project.neighbourhood'), cell: (f) => <MarkedText ctx={ctx} label={lookup(f.id).hood} /> },
        { header: t('budgets.project.cost'), cell: (f) => money(ctx, f.cost, cur) },
        { header: t('budgets.results.supporters'), cell: (f) => formatNumber(ctx.locale, f.supporters) },
        {
          header: t('budgets.results.paid'),
          cell: (f) => (
            <>
              {f.payments
                ? f.payments.min === f.payments.max
                  ? t('budgets.results.paidEqual', { each: pay(f.payments.max) })
                  : t('budgets.results.paidRange', { min: pay(f.payments.min), max: pay(f.payments.max) })
                : f.load !== undefined
                  ? t('budgets.results.load', { load: pay(f.load) })
                  : t('budgets.results.paidGreedy')}
              {f.byCompletion && ` ${t('budgets.results.byCompletion')}`}
            </>
          ),
        },
      ]}
    />
  );
}

/** Projects not funded, each with the reason in words. */
export function UnfundedTable(props: { ctx: PageContext; b: BudgetContext; outcome: StoredOutcome; lookup: Lookup }) {
  const { ctx, b, outcome, lookup } = props;
  const { t } = ctx;
  const cur = b.budget.currency;
  if (outcome.explanation.unfunded.length === 0) return <p>{t('budgets.results.allFunded')}</p>;
  return (
    <DataTable
      caption={t('budgets.results.unfundedCaption', { count: outcome.explanation.unfunded.length })}
      rows={outcome.explanation.unfunded}
      columns={[
        { header: t('budgets.project.title'), rowHeader: true, cell: (u) => <MarkedText ctx={ctx} label={lookup(u.id).title} /> },
        { header: t('budgets.project.cost'), cell: (u) => money(ctx, u.cost, cur) },
        { header: t('budgets.results.supporters'), cell: (u) => formatNumber(ctx.locale, u.supporters) },
        { header: t('budgets.results.why'), cell: (u) => t(`budgets.reason.${u.reason}`, { left: money(ctx, Math.floor(u.supportersMoneyLeft ?? 0), cur), short: money(ctx, shortfall(u), cur) }) },
      ]}
    />
  );
}

/** What greedy counting (most votes first) would have funded instead, and the change per neighbourhood. */
export function GreedyComparisonSection(props: { ctx: PageContext; b: BudgetContext; outcome: StoredOutcome; lookup: Lookup }) {
  const { ctx, b, outcome, lookup } = props;
  const { t } = ctx;
  const cmp = outcome.comparison;
  if (!cmp) return null;
  // Each title marked on its own when it is in French on an English page, then put in the sentence.
  const titles = (key: 'budgets.results.greedyWould' | 'budgets.results.gained' | 'budgets.results.lost', refs: string[]) =>
    refs.length
      ? withValue(t(key, { list: SLOT_VALUE }), <>{refs.map((r, i) => <>{i > 0 && ', '}<MarkedText ctx={ctx} label={lookup(r).title} /></>)}</>)
      : t(key, { list: t('budgets.results.none') });
  // The engine groups by the neighbourhood written in the .pb file (its French name): show it in the reader's language.
  const byFrenchName = new Map(b.neighbourhoods.map((n) => [n.name_fr, languageLabel(ctx.locale, n.name_fr, n.name_en)]));
  const hoodLabel = (key: string): LanguageLabel => (key === '(none)' ? { text: t('budgets.scope.city') } : (byFrenchName.get(key) ?? { text: key }));
  return (
    <section aria-labelledby="usual-count-comparison">
      <h2 id="usual-count-comparison">{t('budgets.results.comparisonTitle')}</h2>
      <p>{t('budgets.results.comparisonIntro')}</p>
      <ul>
        <li>{titles('budgets.results.greedyWould', cmp.greedySelected)}</li>
        <li>{titles('budgets.results.gained', cmp.gained)}</li>
        <li>{titles('budgets.results.lost', cmp.lost)}</li>
      </ul>
      <DataTable
        caption={t('budgets.results.shiftCaption')}
        rows={cmp.byNeighbourhood}
        columns={[
          { header: t('budgets.project.neighbourhood'), rowHeader: true, cell: (s) => <MarkedText ctx={ctx} label={hoodLabel(s.key)} /> },
          { header: t(`budgets.rule.short.${outcome.rule}`), cell: (s) => money(ctx, s.rule, b.budget.currency) },
          { header: t('budgets.rule.short.greedy'), cell: (s) => money(ctx, s.greedy, b.budget.currency) },
        ]}
      />
    </section>
  );
}
