import { ConfirmPage, holdsAny, RefusedPage, tallyLines, type BackLink, type Tally } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { BudgetContext } from '../budget-context.ts';
import type { ProjectRow } from '../queries.ts';
import { budgetTitle, projectTitle } from './format.ts';

const backToBudget = (ctx: PageContext, b: BudgetContext): BackLink => ({ href: `/admin/budgets/${b.budget.id}`, label: budgetTitle(ctx, b.budget) });

/** `/admin/budgets/:id/delete`: the confirmation, or why a budget people voted in stays and what to do instead. */
export function BudgetDeletePage(props: { ctx: PageContext; b: BudgetContext; held: Tally[]; unconfirmed?: boolean }) {
  const { ctx, b, held } = props;
  const { t } = ctx;
  const back = backToBudget(ctx, b);
  if (holdsAny(held)) {
    const settings = `/admin/processes/${b.component.process_id}/components/${b.component.id}`;
    const instead = <p>{t('budgets.delete.instead')} <a href={settings}>{t('budgets.delete.settings')}</a></p>;
    return <RefusedPage ctx={ctx} title={t('budgets.delete.refusedTitle')} back={back} reason={t('budgets.delete.refused')} held={tallyLines(t, held)} instead={instead} />;
  }
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('budgets.delete.title', { title: budgetTitle(ctx, b.budget) })}
      back={back}
      consequences={{ happens: t('budgets.delete.happens'), lost: tallyLines(t, [{ key: 'budgets.lost.projects', count: b.projects.length }]) }}
      confirm={{ action: `/admin/budgets/${b.budget.id}/delete`, submitLabel: t('budgets.delete.submit') }}
      unconfirmed={props.unconfirmed}
    />
  );
}

/** What to do instead of deleting a project people voted on: it stays; its follow-up can say it was cancelled. */
export function ProjectKeptNote(props: { ctx: PageContext; b: BudgetContext; project: ProjectRow }) {
  const { ctx, b, project } = props;
  const href = `/admin/budgets/${b.budget.id}/projects/${project.id}/follow-up`;
  return <p>{ctx.t('budgets.projectDelete.instead')} <a href={href}>{ctx.t('budgets.followUp.title', { title: projectTitle(ctx, project) })}</a></p>;
}

/** `/admin/budgets/:id/projects/:projectId/delete`: the confirmation, or why a project on a list people voted on stays. */
export function ProjectDeletePage(props: { ctx: PageContext; b: BudgetContext; project: ProjectRow; held: Tally[]; unconfirmed?: boolean }) {
  const { ctx, b, project, held } = props;
  const { t } = ctx;
  const back = backToBudget(ctx, b);
  const base = `/admin/budgets/${b.budget.id}/projects/${project.id}`;
  if (holdsAny(held)) {
    return <RefusedPage ctx={ctx} title={t('budgets.projectDelete.refusedTitle')} back={back} reason={t('budgets.projectDelete.refused')} held={tallyLines(t, held)} instead={<ProjectKeptNote ctx={ctx} b={b} project={project} />} />;
  }
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('budgets.projectDelete.title', { title: projectTitle(ctx, project) })}
      back={back}
      consequences={{ happens: t('budgets.projectDelete.happens'), lost: [t('budgets.projectDelete.lost')], kept: [t('budgets.projectDelete.kept')] }}
      confirm={{ action: `${base}/delete`, submitLabel: t('budgets.projectDelete.submit') }}
      unconfirmed={props.unconfirmed}
    />
  );
}

/** `/admin/budgets/:id/publish`: publishing results is final, so it is confirmed first; `problem` says why it cannot be done now. */
export function PublishResultsPage(props: { ctx: PageContext; b: BudgetContext; unconfirmed?: boolean; problem?: string }) {
  const { ctx, b } = props;
  const { t } = ctx;
  const back = backToBudget(ctx, b);
  if (props.problem) return <RefusedPage ctx={ctx} title={t('budgets.publish.title', { title: budgetTitle(ctx, b.budget) })} back={back} reason={props.problem} held={[]} />;
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('budgets.publish.title', { title: budgetTitle(ctx, b.budget) })}
      back={back}
      consequences={{ happens: t('budgets.publish.happens'), lost: [t('budgets.publish.lost')], kept: [t('budgets.publish.kept')] }}
      confirm={{ action: `/admin/budgets/${b.budget.id}/publish`, submitLabel: t('budgets.publish.submit'), tone: 'final' }}
      unconfirmed={props.unconfirmed}
    />
  );
}
