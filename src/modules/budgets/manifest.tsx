import { defineComponent, isActionEnabled, listNeighbourhoods } from '../processes/index.ts';
import { pageContext } from '../../web/layout.tsx';
import { budgetComponentParticipation } from './participation.ts';
import { listBudgetCards } from './public-queries.ts';
import { budgetsSpec } from './settings.ts';
import { BudgetList } from './views/budget-list.tsx';

/**
 * The "budgets" component: one or more participatory budgets in a process (a whole-city one, one
 * per district...), voted on while a phase has `votingEnabled`, counted with the Method of Equal Shares.
 */
export const budgetComponent = defineComponent({
  ...budgetsSpec,
  async renderPublic(c, component, detail) {
    const { db } = c.var.deps;
    const cards = await listBudgetCards(db, component.id);
    const votingOpen = !detail.closed && isActionEnabled(budgetsSpec, component, detail.current, 'vote');
    const hoods = await listNeighbourhoods(db);
    return <BudgetList ctx={pageContext(c)} cards={cards} neighbourhoods={hoods} votingOpen={votingOpen} componentId={component.id} />;
  },
  participation: budgetComponentParticipation,
});
