import type { FormValues } from '../../../platform/form.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { ballotTotals, readBallotForm } from '../ballot-rules.ts';
import type { BudgetContext } from '../budget-context.ts';
import { money } from './format.ts';

/** What the bar shows: a sentence, and for money or points how full the ballot is. */
export interface BarState {
  text: string;
  over: boolean;
  progress: { value: number; max: number } | null;
}

/** The bar's state for the choices in a form, as the server computes it (the same sentence the script writes). */
export function ballotBarState(ctx: PageContext, b: BudgetContext, values: FormValues): BarState {
  const { t } = ctx;
  const type = b.settings.ballotType;
  const totals = ballotTotals(readBallotForm(b.settings, values), b.projects);
  if (type === 'ranked') return { text: t('budgets.ballot.liveCount', { count: totals.projects }), over: false, progress: null };
  if (type === 'cumulative') {
    const used = Number.isFinite(totals.points) ? totals.points : 0;
    const total = b.settings.pointsTotal;
    return { text: t('budgets.ballot.livePoints', { used, total, left: total - used }), over: used > total, progress: { value: Math.min(used, total), max: total } };
  }
  const amount = b.budget.amount;
  const cur = b.budget.currency;
  const over = type === 'knapsack' && totals.cost > amount;
  const liveValues = { count: totals.projects, cost: money(ctx, totals.cost, cur), amount: money(ctx, amount, cur), left: money(ctx, amount - totals.cost, cur) };
  return { text: t(over ? 'budgets.ballot.liveOver' : 'budgets.ballot.liveCost', liveValues), over, progress: { value: Math.min(totals.cost, amount), max: amount } };
}

/**
 * The money (or points) left, in a bar that stays at the top of the screen while the list scrolls
 * (CSS position: sticky). The server fills it from the submitted choices, so without JavaScript it is
 * right after "review" and on every page with errors; the ballot script keeps it live as boxes change.
 */
export function BallotBar(props: { ctx: PageContext; b: BudgetContext; values: FormValues }) {
  const bar = ballotBarState(props.ctx, props.b, props.values);
  return (
    <div class="ballot-bar" role="group" aria-label={props.ctx.t('budgets.bar.label')}>
      {bar.progress && <progress id="ballot-progress" max={bar.progress.max} value={bar.progress.value} aria-labelledby="ballot-live"></progress>}
      <p id="ballot-live" class={bar.over ? 'ballot-live over' : 'ballot-live'} aria-live="polite">{bar.text}</p>
    </div>
  );
}
