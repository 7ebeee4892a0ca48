import type { FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { BudgetContext } from '../budget-context.ts';
import { money, projectTitle } from './format.ts';
import { ProjectTitle } from './titles.tsx';
import { BallotCard, cardDescription } from './ballot-card.tsx';

const chosen = (state: FormState, name: string): string[] => {
  const v = state.values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** What the ballot asks, in one sentence (shown above the choices). */
export function ballotInstructions(ctx: PageContext, b: BudgetContext): string {
  const { t } = ctx;
  const s = b.settings;
  const amount = money(ctx, b.budget.amount, b.budget.currency);
  if (s.ballotType === 'knapsack') return t('budgets.ballot.howKnapsack', { amount });
  if (s.ballotType === 'cumulative') return t('budgets.ballot.howCumulative', { points: s.pointsTotal });
  if (s.ballotType === 'ranked') return t('budgets.ballot.howRanked', { n: s.rankLimit });
  return s.maxProjects > 0 ? t('budgets.ballot.howApprovalMax', { min: Math.max(s.minProjects, 1), max: s.maxProjects }) : t('budgets.ballot.howApproval', { min: Math.max(s.minProjects, 1) });
}

/** The choices of a ballot (checkboxes, points or ranks), one labelled control per project card; works without JavaScript. */
export function BallotFields(props: { ctx: PageContext; b: BudgetContext; state: FormState }) {
  const { ctx, b, state } = props;
  const { t } = ctx;
  const type = b.settings.ballotType;
  if (type === 'ranked') {
    const options = [{ value: '', label: t('budgets.ballot.rankNone') }, ...b.projects.map((p) => ({ value: p.ref, label: `${projectTitle(ctx, p)} (${money(ctx, p.cost, b.budget.currency)})` }))];
    // Ranks are chosen in lists, which cannot hold cards: show the projects as cards first, then the lists.
    return (
      <fieldset id="field-_form" tabindex={-1}>
        <legend>{t('budgets.ballot.choices')}</legend>
        <ul class="ballot-projects">
          {b.projects.map((p) => <BallotCard ctx={ctx} b={b} project={p} />)}
        </ul>
        {Array.from({ length: b.settings.rankLimit }, (_, i) => {
          const name = `rank_${i + 1}`;
          const current = chosen(state, name)[0] ?? '';
          return (
            <div class="field">
              <label for={`field-${name}`}>{t('budgets.ballot.rank', { n: i + 1 })}</label>
              <select id={`field-${name}`} name={name} data-rank="1">
                {options.map((o) => (
                  <option value={o.value} selected={o.value === current}>{o.label}</option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
    );
  }
  const picked = new Set(chosen(state, 'project'));
  return (
    <fieldset id="field-_form" tabindex={-1}>
      <legend>{t('budgets.ballot.choices')}</legend>
      <ul class="ballot-projects">
        {b.projects.map((p) => {
          if (type === 'cumulative') {
            const name = `points_${p.ref}`;
            const error = state.errors[name];
            const described = error ? `error-${name} ${cardDescription(ctx, p)}` : cardDescription(ctx, p);
            const control = <input id={`field-${name}`} name={name} type="number" min={0} max={b.settings.pointsTotal} step={1} value={chosen(state, name)[0] ?? ''} data-points="1" aria-describedby={described} />;
            const title = <label for={`field-${name}`}>{`${projectTitle(ctx, p)} — ${t('budgets.ballot.points')}`}</label>;
            return <BallotCard ctx={ctx} b={b} project={p} title={title} control={control} error={error} errorId={`error-${name}`} />;
          }
          const id = `project-${p.ref}`;
          const control = <input id={id} type="checkbox" name="project" value={p.ref} checked={picked.has(p.ref)} data-cost={String(p.cost)} aria-describedby={cardDescription(ctx, p)} />;
          return <BallotCard ctx={ctx} b={b} project={p} control={control} title={<label for={id}><ProjectTitle ctx={ctx} project={p} /></label>} />;
        })}
      </ul>
    </fieldset>
  );
}

/** Data the live-total script reads (texts come translated from the server). */
export function ballotDataAttributes(ctx: PageContext, b: BudgetContext): Record<string, string> {
  const { t } = ctx;
  return {
    'data-ballot-type': b.settings.ballotType,
    'data-budget-amount': String(b.budget.amount),
    'data-points-total': String(b.settings.pointsTotal),
    'data-currency': b.budget.currency,
    'data-text-cost': t('budgets.ballot.liveCost'),
    'data-text-over': t('budgets.ballot.liveOver'),
    'data-text-points': t('budgets.ballot.livePoints'),
    'data-text-count': t('budgets.ballot.liveCount'),
  };
}
