import { formatNumber } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { BudgetRow } from '../queries.ts';
import type { CountStatus } from '../count-jobs.ts';
import { budgetTitle, money } from './format.ts';
import { PostButton } from '../../../web/post-button.tsx';

/** Seconds between two automatic reloads of the progress page, when the admin asks for them. */
export const COUNT_REFRESH_SECONDS = 5;

/**
 * A budget's count as it runs in the background: progress while it runs, what went wrong if it stopped.
 * The page reloads by itself (a meta refresh, no script) only when the admin turns that on (`auto`):
 * a page that reloads unasked moves a screen reader back to the top every few seconds (WCAG 2.2.1).
 */
export function CountPage(props: { ctx: PageContext; budget: BudgetRow; status: CountStatus; timeLimitMinutes: number; auto: boolean }) {
  const { ctx, budget, status, auto } = props;
  const { t, locale } = ctx;
  const live = status.state === 'queued' || status.state === 'running';
  const title = t('budgets.count.title', { budget: budgetTitle(ctx, budget) });
  const restart = <PostButton action={`/admin/budgets/${budget.id}/count`} buttonClass="" class="" label={t('budgets.count.restart')} />;
  return (
    <Layout ctx={ctx} title={title} refreshSeconds={live && auto ? COUNT_REFRESH_SECONDS : undefined}>
      <p><a href={`/admin/budgets/${budget.id}`}>{t('budgets.count.back')}</a></p>
      <h1>{title}</h1>
      {live && <p class="lead" role="status">{t('budgets.count.running')} {auto && t('budgets.count.autoRunning', { seconds: COUNT_REFRESH_SECONDS })}</p>}
      {live && status.resumes > 0 && <p>{t('budgets.count.resumed', { resumes: status.resumes })}</p>}
      {status.state === 'queued' && <p>{t('budgets.count.queued')}</p>}
      {status.state === 'running' && status.mesRuns === 0 && <p>{t('budgets.count.reading')}</p>}
      {live && status.mesRuns > 0 && (
        <>
          <p>{t('budgets.count.runs', { runs: status.mesRuns })}</p>
          {status.endowment !== null && status.spent !== null && (
            <p>
              <label for="count-progress">{t('budgets.count.progress')}</label>{' '}
              <progress id="count-progress" value={Math.min(status.spent, budget.amount)} max={budget.amount}>
                {formatNumber(locale, status.spent / budget.amount, { style: 'percent' })}
              </progress>{' '}
              {t('budgets.count.endowment', { share: money(ctx, status.endowment, budget.currency), spent: money(ctx, status.spent, budget.currency), amount: money(ctx, budget.amount, budget.currency) })}
            </p>
          )}
        </>
      )}
      {live && (
        <p class="actions">
          <a class="button" href={`/admin/budgets/${budget.id}/count${auto ? '?auto=1' : ''}`}>{t('budgets.count.refresh')}</a>
          {auto ? <a href={`/admin/budgets/${budget.id}/count`}>{t('budgets.count.autoOff')}</a> : <a href={`/admin/budgets/${budget.id}/count?auto=1`}>{t('budgets.count.autoOn', { seconds: COUNT_REFRESH_SECONDS })}</a>}
        </p>
      )}
      {status.state === 'interrupted' && (
        <>
          <p class="error" role="alert">{t('budgets.count.interrupted')}</p>
          {restart}
        </>
      )}
      {status.state === 'failed' && (
        <>
          <p class="error" role="alert">{t('budgets.count.failed', { reason: t(status.error ?? 'budgets.count.errors.failed', { minutes: props.timeLimitMinutes }) })}</p>
          {restart}
        </>
      )}
    </Layout>
  );
}
