import { formatDate, formatNumber } from '../platform/i18n/index.ts';
import type { BudgetRefusal, PublishedStatistic, PublishedValue } from '../platform/statistics/index.ts';
import type { PageContext } from './layout.tsx';

/** A published figure as text: the number, "fewer than 5", or the noised number labelled with its ε ("12 (noised, ε = 0.5)"). */
export function PublishedFigure(props: { ctx: PageContext; figure: PublishedValue }) {
  const { ctx, figure } = props;
  if ('fewerThan' in figure) return <>{ctx.t('statistics.fewerThan', { n: figure.fewerThan })}</>;
  if ('value' in figure) return <>{formatNumber(ctx.locale, figure.value)}</>;
  const epsilon = formatNumber(ctx.locale, figure.epsilon, { maximumSignificantDigits: 3 });
  return (
    <>
      {formatNumber(ctx.locale, figure.noised)} <small>({ctx.t('statistics.noised', { epsilon })})</small>
    </>
  );
}

/** What readers of a noised table need to know (what ε means, when the figures were drawn); nothing for exact figures. */
export function NoiseNote(props: { ctx: PageContext; statistic: PublishedStatistic }) {
  const { ctx, statistic } = props;
  if (!statistic.noise) return null;
  return <p class="hint">{ctx.t('statistics.noiseExplained', { date: formatDate(ctx.locale, statistic.noise.releasedAt) })}</p>;
}

/** The notice shown when a release was refused because the dataset's privacy budget is spent. */
export function BudgetRefusalNotice(props: { ctx: PageContext; refusal: BudgetRefusal; hasLatest: boolean }) {
  const { ctx, refusal } = props;
  const period = refusal.period === 'lifetime' ? ctx.t('statistics.lifetime') : refusal.period;
  return (
    <p class="notice" role="status">
      {ctx.t('statistics.budgetExhausted', { period, spent: refusal.spent, budget: refusal.budget })}
      {props.hasLatest && <> {ctx.t('statistics.showingLatest')}</>}
    </p>
  );
}
