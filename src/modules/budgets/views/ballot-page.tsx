import type { Child } from 'hono/jsx';
import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { BudgetContext } from '../budget-context.ts';
import { neighbourhoodName } from '../budget-context.ts';
import { ballotDataAttributes, BallotFields, ballotInstructions } from './ballot-fields.tsx';
import type { BudgetStage } from '../stage.ts';
import { BallotBar } from './ballot-bar.tsx';
import { budgetTitle } from './format.ts';
import { BudgetTitle } from './titles.tsx';
import { RequirementNotice, type RequirementRefusal } from '../../verification/index.ts';
import { StageNotice } from './stage-notice.tsx';
import { Localized, otherLanguage } from '../../../web/localized-text.tsx';

/** Where the voter stands, as the ballot page needs it. */
export interface BallotStanding {
  declaredNeighbourhoodId: string | null;
  neighbourhoodLocked: boolean;
  voted: boolean;
  /** Whether their ballot may still be changed with their receipt (not a paper ballot, nor one cast before receipts were tied to the register). */
  canChange: boolean;
  /** Catalog key of why this person may not vote here, or null. */
  eligibility: string | null;
  /** The verification this vote requires and this person lacks (with where to get it), or null. */
  requirement: RequirementRefusal | null;
}

/** The link back to a budget, shown above its pages. */
export function BudgetBreadcrumb(props: { ctx: PageContext; b: BudgetContext }) {
  const { ctx, b } = props;
  const p = b.detail.process;
  return (
    <nav aria-label={ctx.t('budgets.breadcrumb')}>
      <p>
        <a href={`/processes/${p.slug}`}><Localized ctx={ctx} fr={p.title_fr} en={p.title_en} /></a>
        {' › '}
        <a href={`/budgets/${b.budget.id}`}><BudgetTitle ctx={ctx} budget={b.budget} /></a>
      </p>
    </nav>
  );
}

function NeighbourhoodForm(props: { ctx: PageContext; b: BudgetContext; standing: BallotStanding; state: FormState }) {
  const { ctx, b, standing } = props;
  const { t, locale } = ctx;
  if (standing.neighbourhoodLocked && standing.declaredNeighbourhoodId) {
    return (
      <>
        {props.state.errors.neighbourhood_id && <p class="field-error" role="alert">{props.state.errors.neighbourhood_id}</p>}
        <p>{t('budgets.neighbourhood.fixed', { name: neighbourhoodName(b.neighbourhoods, standing.declaredNeighbourhoodId, locale) ?? '' })}</p>
      </>
    );
  }
  const error = props.state.errors.neighbourhood_id;
  return (
    <form method="post" action={`/budgets/${b.budget.id}/neighbourhood`} class="stacked">
      <div class={error ? 'field has-error' : 'field'}>
        <label for="field-neighbourhood_id">{t('budgets.neighbourhood.label')}</label>
        <p class="hint" id="hint-neighbourhood_id">{t('budgets.neighbourhood.hint')}</p>
        {error && <p class="field-error" id="error-neighbourhood_id">{error}</p>}
        <select id="field-neighbourhood_id" name="neighbourhood_id" aria-describedby="hint-neighbourhood_id">
          {b.neighbourhoods.map((n) => (
            <option value={n.id} selected={n.id === standing.declaredNeighbourhoodId} lang={otherLanguage(locale, n.name_fr, n.name_en)}>{localized(locale, n.name_fr, n.name_en)}</option>
          ))}
        </select>
      </div>
      <p class="actions"><button type="submit" class="secondary">{t('budgets.neighbourhood.save')}</button></p>
    </form>
  );
}

/** The ballot form: where voting stands, instructions, the sticky money bar, the project cards and the way to the review step. */
export function BallotPage(props: { ctx: PageContext; b: BudgetContext; standing: BallotStanding | null; state: FormState; receipt: string; stage: BudgetStage }) {
  const { ctx, b, standing, state } = props;
  const { t } = ctx;
  const title = t('budgets.ballot.title', { budget: budgetTitle(ctx, b.budget) });
  const voted = Boolean(standing?.voted);
  let body: Child = null;
  if (!b.votingOpen) body = null;
  else if (!standing) body = <p><a href={`/account/sign-in?next=${encodeURIComponent(`/budgets/${b.budget.id}/ballot`)}`}>{t('budgets.ballot.signIn')}</a></p>;
  else if (standing.voted && (!b.settings.allowChanges || !standing.canChange)) body = null;
  else if (standing.requirement) body = <RequirementNotice ctx={ctx} refusal={standing.requirement} />;
  else {
    const restricted = b.budget.neighbourhood_id !== null && b.settings.neighbourhoodResidentsOnly;
    body = (
      <>
        {restricted && <NeighbourhoodForm ctx={ctx} b={b} standing={standing} state={state} />}
        {standing.eligibility ? (
          <p class="notice">{t(standing.eligibility)}</p>
        ) : (
          <form method="post" action={`/budgets/${b.budget.id}/ballot/review`} class="stacked ballot" {...ballotDataAttributes(ctx, b)}>
            {standing.voted && <p class="notice">{t('budgets.ballot.changing')}</p>}
            <p>{ballotInstructions(ctx, b)}</p>
            <BallotBar ctx={ctx} b={b} values={state.values} />
            <BallotFields ctx={ctx} b={b} state={state} />
            {standing.voted && <ReceiptField ctx={ctx} state={state} receipt={props.receipt} />}
            <p class="actions"><button type="submit">{t('budgets.ballot.review')}</button></p>
          </form>
        )}
      </>
    );
  }
  return (
    <Layout ctx={ctx} title={title}>
      <BudgetBreadcrumb ctx={ctx} b={b} />
      <h1>{title}</h1>
      <ErrorSummary state={{ values: state.values, errors: Object.fromEntries(Object.entries(state.errors).filter(([k]) => k !== 'neighbourhood_id')) }} t={t} labels={{ _form: t('budgets.ballot.choices'), receipt: t('budgets.receipt.label') }} />
      <StageNotice ctx={ctx} stage={props.stage} ownVote={voted ? { allowChanges: b.settings.allowChanges && Boolean(standing?.canChange) } : null} budgetId={b.budget.id} onBallot />
      {body}
      {!body && <p><a href={`/budgets/${b.budget.id}`}>{t('budgets.ballot.budgetLink')}</a></p>}
      <script src="/static/budget-ballot.js" defer></script>
    </Layout>
  );
}

function ReceiptField(props: { ctx: PageContext; state: FormState; receipt: string }) {
  const { t } = props.ctx;
  const error = props.state.errors.receipt;
  const typed = props.state.values.receipt;
  const value = (Array.isArray(typed) ? typed[0] : typed) ?? props.receipt;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for="field-receipt">{t('budgets.receipt.label')}</label>
      <p class="hint" id="hint-receipt">{t('budgets.receipt.hint')}</p>
      {error && <p class="field-error" id="error-receipt">{error}</p>}
      <input id="field-receipt" name="receipt" type="text" autocomplete="off" value={value} aria-describedby="hint-receipt" />
    </div>
  );
}
