import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { BudgetContext } from '../budget-context.ts';
import type { StoredOutcome } from '../results-service.ts';
import { money } from './format.ts';

type UnfundedProject = StoredOutcome['explanation']['unfunded'][number];

/** What the supporters of a project not funded under equal shares lacked, in whole units (a shortfall of 0.3 is still short). */
export const shortfall = (u: UnfundedProject): number => Math.max(0, Math.ceil(u.cost - (u.supportersMoneyLeft ?? 0)));

/** The project whose supporters came closest to paying for it (the "one euro short" case), if any. */
function closestMiss(outcome: StoredOutcome): UnfundedProject | null {
  const short = outcome.explanation.unfunded.filter((u) => u.reason === 'supporters-money-short' && u.supportersMoneyLeft !== undefined && u.supporters > 0);
  return short.reduce<UnfundedProject | null>((best, u) => (best === null || shortfall(u) < shortfall(best) ? u : best), null);
}

/** The paragraphs on what each voter's share was, and why it can be more than the budget divided by the voters. */
function ShareParagraphs(props: { ctx: PageContext; b: BudgetContext; outcome: StoredOutcome; titleOf: (ref: string) => string }) {
  const { ctx, b, outcome } = props;
  const { t } = ctx;
  const cur = b.budget.currency;
  if (outcome.endowment === null || outcome.ballots === 0) return null;
  const even = outcome.budget / outcome.ballots;
  const values = { share: money(ctx, Math.floor(outcome.endowment), cur), even: money(ctx, Math.floor(even), cur), amount: money(ctx, outcome.budget, cur), voters: formatNumber(ctx.locale, outcome.ballots) };
  // Add1 only ever raises the share; under one unit of difference the two read the same and say nothing new.
  const raised = outcome.endowment - even >= 1;
  const miss = closestMiss(outcome);
  return (
    <>
      <p>{t(raised ? 'budgets.explain.shareRaised' : 'budgets.explain.shareEven', values)}</p>
      <p>
        {t('budgets.explain.paidBySupporters')}
        {miss && ` ${t('budgets.explain.closest', { title: props.titleOf(miss.id), cost: money(ctx, miss.cost, cur), left: money(ctx, Math.floor(miss.supportersMoneyLeft ?? 0), cur), short: money(ctx, shortfall(miss), cur) })}`}
      </p>
    </>
  );
}

/** What the money left over is, and why no project took it. */
function leftoverSentence(ctx: PageContext, b: BudgetContext, outcome: StoredOutcome): string {
  const { t } = ctx;
  const cur = b.budget.currency;
  const left = outcome.explanation.leftOver;
  if (left < 1) return t('budgets.explain.spentAll');
  const unfunded = outcome.explanation.unfunded;
  if (unfunded.length === 0) return t('budgets.explain.leftoverAllFunded', { left: money(ctx, left, cur) });
  const cheapest = Math.min(...unfunded.map((u) => u.cost));
  return cheapest > left
    ? t('budgets.explain.leftoverNoneFits', { left: money(ctx, left, cur), cheapest: money(ctx, cheapest, cur) })
    : t('budgets.explain.leftoverShort', { left: money(ctx, left, cur) });
}

/** Results in plain words for residents: each voter's share and why, why a close project missed out, the money left over. */
export function ResultsInPlainWords(props: { ctx: PageContext; b: BudgetContext; outcome: StoredOutcome; titleOf: (ref: string) => string }) {
  const { ctx, b, outcome } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="in-plain-words">
      <h2 id="in-plain-words">{t('budgets.explain.title')}</h2>
      {outcome.rule === 'mes' && <ShareParagraphs ctx={ctx} b={b} outcome={outcome} titleOf={props.titleOf} />}
      {outcome.rule === 'greedy' && <p>{t('budgets.explain.usual')}</p>}
      <p>{leftoverSentence(ctx, b, outcome)}</p>
    </section>
  );
}
