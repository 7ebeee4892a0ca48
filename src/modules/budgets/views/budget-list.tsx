import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { NeighbourhoodRow } from '../../processes/index.ts';
import { neighbourhoodName } from '../budget-context.ts';
import type { BudgetRow } from '../queries.ts';
import { money } from './format.ts';
import { BudgetTitle } from './titles.tsx';
import { Localized } from '../../../web/localized-text.tsx';

/** One budget as a card: amount, scope, number of projects, and where to go next. */
export interface BudgetCard {
  budget: BudgetRow;
  projects: number;
  published: boolean;
}

/** The public body of a budgets component: its budgets, whether voting is open, links to vote and results. */
export function BudgetList(props: { ctx: PageContext; cards: BudgetCard[]; neighbourhoods: NeighbourhoodRow[]; votingOpen: boolean; componentId: string }) {
  const { ctx, cards } = props;
  const { t, locale } = ctx;
  return (
    <>
      <p class={props.votingOpen ? 'notice' : 'meta'}>{t(props.votingOpen ? 'budgets.list.votingOpen' : 'budgets.list.votingClosed')}</p>
      {ctx.user?.role === 'admin' && (
        <p><a href={`/admin/budgets/component/${props.componentId}`}>{t('budgets.list.manage')}</a></p>
      )}
      {cards.length === 0 ? (
        <p>{t('budgets.list.empty')}</p>
      ) : (
        <ul class="cards">
          {cards.map(({ budget, projects, published }) => (
            <li class="card">
              <h2><a href={`/budgets/${budget.id}`}><BudgetTitle ctx={ctx} budget={budget} /></a></h2>
              <p class="meta">
                {t('budgets.list.amount', { amount: money(ctx, budget.amount, budget.currency) })}
                {' · '}
                {budget.neighbourhood_id ? neighbourhoodName(props.neighbourhoods, budget.neighbourhood_id, locale) : t('budgets.scope.city')}
                {' · '}
                {t('budgets.list.projects', { count: projects })}
              </p>
              {localized(locale, budget.description_fr, budget.description_en) && <p><Localized ctx={ctx} fr={budget.description_fr} en={budget.description_en} /></p>}
              <p class="actions">
                {props.votingOpen && <a class="button" href={`/budgets/${budget.id}/ballot`}>{t('budgets.list.vote')}</a>}
                {published && <a href={`/budgets/${budget.id}/results`}>{t('budgets.list.results')}</a>}
                {published && <a href={`/budgets/${budget.id}/follow`}>{t('budgets.list.follow')}</a>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
