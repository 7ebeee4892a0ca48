import { formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { neighbourhoodName, type BudgetContext } from '../budget-context.ts';
import type { StoredOutcome } from '../results-service.ts';
import { money, projectTitle } from './format.ts';
import { shortfall } from './results-explain.tsx';

type Lookup = (ref: string) => { title: string; hood: string };

/** Project titles and neighbourhood names by reference, for the results tables. */
export function projectLookup(ctx: PageContext, b: BudgetContext): Lookup {
  const byRef = new Map(b.projects.map((p) => [p.ref, p]));
  return (ref) => {
    const p = byRef.get(ref);
    return { title: p ? projectTitle(ctx, p) : ref, hood: (p && neighbourhoodName(b.neighbourhoods, p.neighbourhood_id, ctx.locale)) ?? ctx.t('budgets.scope.city') };
  };
}

/** Funded projects with what their supporters paid (MES) or the load they carry (Phragmén). */
export function FundedTable(props: { ctx: PageContext; b: BudgetContext; outcome: StoredOutcome; lookup: Lookup }) {
  const { ctx, b, outcome, lookup } = props;
  const { t } = ctx;
  const cur = b.budget.currency;
  const pay = (n: number) => money(ctx, Math.round(n), cur);
  return (
    <table tabindex={0}>
      <caption>{t('budgets.results.fundedCaption', { count: outcome.explanation.funded.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budgets.project.title')}</th>
          <th scope="col">{t('budgets.project.neighbourhood')}</th>
          <th scope="col">{t('budgets.project.cost')}</th>
          <th scope="col">{t('budgets.results.supporters')}</th>
          <th scope="col">{t('budgets.results.paid')}</th>
        </tr>
      </thead>
      <tbody>
        {outcome.explanation.funded.map((f) => (
          <tr>
            <th scope="row">{lookup(f.id).title}</th>
            <td>{lookup(f.id).hood}</td>
            <td>{money(ctx, f.cost, cur)}</td>
            <td>{formatNumber(ctx.locale, f.supporters)}</td>
            <td>
              {f.payments
                ? f.payments.min === f.payments.max
                  ? t('budgets.results.paidEqual', { each: pay(f.payments.max) })
                  : t('budgets.results.paidRange', { min: pay(f.payments.min), max: pay(f.payments.max) })
                : f.load !== undefined
                  ? t('budgets.results.load', { load: pay(f.load) })
                  : t('budgets.results.paidGreedy')}
              {f.byCompletion && ` ${t('budgets.results.byCompletion')}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Projects not funded, each with the reason in words. */
export function UnfundedTable(props: { ctx: PageContext; b: BudgetContext; outcome: StoredOutcome; lookup: Lookup }) {
  const { ctx, b, outcome, lookup } = props;
  const { t } = ctx;
  const cur = b.budget.currency;
  if (outcome.explanation.unfunded.length === 0) return <p>{t('budgets.results.allFunded')}</p>;
  return (
    <table tabindex={0}>
      <caption>{t('budgets.results.unfundedCaption', { count: outcome.explanation.unfunded.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budgets.project.title')}</th>
          <th scope="col">{t('budgets.project.cost')}</th>
          <th scope="col">{t('budgets.results.supporters')}</th>
          <th scope="col">{t('budgets.results.why')}</th>
        </tr>
      </thead>
      <tbody>
        {outcome.explanation.unfunded.map((u) => (
          <tr>
            <th scope="row">{lookup(u.id).title}</th>
            <td>{money(ctx, u.cost, cur)}</td>
            <td>{formatNumber(ctx.locale, u.supporters)}</td>
            <td>{t(`budgets.reason.${u.reason}`, { left: money(ctx, Math.floor(u.supportersMoneyLeft ?? 0), cur), short: money(ctx, shortfall(u), cur) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What greedy counting (most votes first) would have funded instead, and the change per neighbourhood. */
export function GreedyComparisonSection(props: { ctx: PageContext; b: BudgetContext; outcome: StoredOutcome; lookup: Lookup }) {
  const { ctx, b, outcome, lookup } = props;
  const { t } = ctx;
  const cmp = outcome.comparison;
  if (!cmp) return null;
  const titles = (refs: string[]) => (refs.length ? refs.map((r) => lookup(r).title).join(', ') : t('budgets.results.none'));
  // The engine groups by the neighbourhood written in the .pb file (its French name): show it in the reader's language.
  const byFrenchName = new Map(b.neighbourhoods.map((n) => [n.name_fr, localized(ctx.locale, n.name_fr, n.name_en)]));
  const hoodLabel = (key: string) => (key === '(none)' ? t('budgets.scope.city') : (byFrenchName.get(key) ?? key));
  return (
    <section aria-labelledby="usual-count-comparison">
      <h2 id="usual-count-comparison">{t('budgets.results.comparisonTitle')}</h2>
      <p>{t('budgets.results.comparisonIntro')}</p>
      <ul>
        <li>{t('budgets.results.greedyWould', { list: titles(cmp.greedySelected) })}</li>
        <li>{t('budgets.results.gained', { list: titles(cmp.gained) })}</li>
        <li>{t('budgets.results.lost', { list: titles(cmp.lost) })}</li>
      </ul>
      <table tabindex={0}>
        <caption>{t('budgets.results.shiftCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budgets.project.neighbourhood')}</th>
            <th scope="col">{t(`budgets.rule.short.${outcome.rule}`)}</th>
            <th scope="col">{t('budgets.rule.short.greedy')}</th>
          </tr>
        </thead>
        <tbody>
          {cmp.byNeighbourhood.map((s) => (
            <tr>
              <th scope="row">{hoodLabel(s.key)}</th>
              <td>{money(ctx, s.rule, b.budget.currency)}</td>
              <td>{money(ctx, s.greedy, b.budget.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
