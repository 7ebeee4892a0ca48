import { defineComponent } from '../processes/components/manifest.ts';
import { isActionEnabled } from '../processes/components/settings.ts';
import { budgetComponentSchemas } from './manifest-schemas.ts';
import { listBudgetCards } from './public-queries.ts';
import { BudgetList } from './views/budget-list.tsx';
import { pageContext } from '../../web/layout.tsx';

/**
 * The "budgets" component: one or more participatory budgets in a process (a whole-city one, one
 * per district...), voted on while a phase has `votingEnabled`, counted with the Method of Equal Shares.
 */
export const budgetComponent = defineComponent({
  nameKey: 'components.budgets.name',
  ...budgetComponentSchemas,
  async renderPublic(c, component, detail) {
    const { db } = c.var.deps;
    const cards = await listBudgetCards(db, component.id);
    const votingOpen = !detail.closed && isActionEnabled(budgetComponent, component, detail.current, 'vote');
    const hoods = await db.selectFrom('neighbourhood').selectAll().execute();
    return <BudgetList ctx={pageContext(c)} cards={cards} neighbourhoods={hoods} votingOpen={votingOpen} componentId={component.id} />;
  },
});
