import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { BudgetContext } from '../budget-context.ts';
import type { BudgetStage } from '../stage.ts';
import { BudgetBreadcrumb } from './ballot-page.tsx';
import { budgetTitle } from './format.ts';
import { BudgetTitle } from './titles.tsx';
import { stageSentence } from './stage-notice.tsx';

/** `/budgets/:id/results` before publication: the address answers, says results come after counting, and where voting stands. */
export function ResultsPendingPage(props: { ctx: PageContext; b: BudgetContext; stage: BudgetStage }) {
  const { ctx, b } = props;
  const { t } = ctx;
  const title = t('budgets.results.title', { budget: budgetTitle(ctx, b.budget) });
  return (
    <Layout ctx={ctx} title={title}>
      <BudgetBreadcrumb ctx={ctx} b={b} />
      <h1>{title}</h1>
      <p class="notice">{t('budgets.results.pending')}</p>
      <p>{stageSentence(ctx, props.stage)}</p>
      <p><a href={`/budgets/${b.budget.id}`}><BudgetTitle ctx={ctx} budget={b.budget} /></a></p>
    </Layout>
  );
}
