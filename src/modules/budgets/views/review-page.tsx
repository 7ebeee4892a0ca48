import type { FormValues } from '../../../platform/form.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { choicesToForm, type Choices } from '../ballot-rules.ts';
import type { BudgetContext } from '../budget-context.ts';
import { BallotBar } from './ballot-bar.tsx';
import { BudgetBreadcrumb } from './ballot-page.tsx';
import { budgetTitle, money } from './format.ts';
import { ProjectTitle } from './titles.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { PostButton } from '../../../web/post-button.tsx';

/** The review step: the choices and totals, then "cast" or "go back and change". Nothing is saved yet. */
export function ReviewPage(props: { ctx: PageContext; b: BudgetContext; choices: Choices; receipt: string; action: string; backAction: string; extra?: FormValues }) {
  const { ctx, b, choices } = props;
  const { t } = ctx;
  const byRef = new Map(b.projects.map((p) => [p.ref, p]));
  const rows = 'points' in choices ? choices.points.map((e) => ({ ref: e.id, detail: t('budgets.review.pointsValue', { points: e.points }) })) : choices.ids.map((ref, i) => ({ ref, detail: b.settings.ballotType === 'ranked' ? t('budgets.ballot.rank', { n: i + 1 }) : '' }));
  const hidden = { ...choicesToForm(choices), ...(props.receipt ? { receipt: props.receipt } : {}), ...(props.extra ?? {}) };
  const title = t('budgets.review.title', { budget: budgetTitle(ctx, b.budget) });
  return (
    <Layout ctx={ctx} title={title}>
      <BudgetBreadcrumb ctx={ctx} b={b} />
      <h1>{title}</h1>
      <p>{t('budgets.review.intro')}</p>
      <BallotBar ctx={ctx} b={b} values={hidden} />
      <DataTable
        caption={t('budgets.review.caption')}
        rows={rows}
        columns={[
          { header: t('budgets.project.title'), rowHeader: true, cell: (r) => <ProjectTitle ctx={ctx} project={byRef.get(r.ref)!} /> },
          { header: t('budgets.project.cost'), cell: (r) => money(ctx, byRef.get(r.ref)!.cost, b.budget.currency) },
          rows.some((r) => r.detail) && { header: t('budgets.review.choice'), cell: (r) => r.detail },
        ]}
      />
      <div class="actions">
        <PostButton action={props.action} fields={hidden} buttonClass="" label={t('budgets.review.cast')} />
        <PostButton action={props.backAction} fields={hidden} label={t('budgets.review.change')} />
      </div>
    </Layout>
  );
}

/** After casting: thanks, and the receipt token to keep when the ballot may be changed later. */
export function ReceiptPage(props: { ctx: PageContext; b: BudgetContext; receipt: string | null }) {
  const { ctx, b } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('budgets.receipt.title')}>
      <BudgetBreadcrumb ctx={ctx} b={b} />
      <h1>{t('budgets.receipt.title')}</h1>
      <p>{t('budgets.receipt.thanks')}</p>
      {props.receipt && (
        <>
          <p>{t('budgets.receipt.keep')}</p>
          <p class="receipt-token"><strong>{props.receipt}</strong></p>
          <p class="hint">{t('budgets.receipt.secrecy')}</p>
        </>
      )}
      <p><a href={`/budgets/${b.budget.id}`}>{t('budgets.receipt.back')}</a></p>
    </Layout>
  );
}
