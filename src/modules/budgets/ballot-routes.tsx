import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, type FieldErrors, type FormValues } from '../../platform/form.ts';
import { clientAddress, enforceRateLimit, type RateRule } from '../../platform/rate-limit.ts';
import { isResident, requireResident } from '../../platform/session.ts';
import { pageContext } from '../../web/layout.tsx';
import { ballotErrors, choicesFromJson, choicesToForm, readBallotForm } from './ballot-rules.ts';
import { loadBudgetContext, type BudgetContext } from './budget-context.ts';
import { findResult } from './queries.ts';
import { budgetStage } from './stage.ts';
import { normaliseReceipt, receiptCookieValue, receiptFromCookie } from './secrecy.ts';
import { BallotPage, type BallotStanding } from './views/ballot-page.tsx';
import { ReceiptPage, ReviewPage } from './views/review-page.tsx';
import { castOnlineBallot, declareNeighbourhood, ownBallotChoices, voteRequirementTarget, voterStanding } from './voting-service.ts';
import { requirementStatus } from '../verification/index.ts';

/** The voting pages of a budget: ballot, neighbourhood declaration, review, cast, receipt. */
export const ballotRoutes = new Hono<AppEnv>();

// A ballot page shows someone's choices: never keep it in a cache (the back button on a shared computer, a proxy).
const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
ballotRoutes.use('/:id/ballot', noStore);
ballotRoutes.use('/:id/ballot/*', noStore);

const receiptCookie = (budgetId: string) => `cocity_receipt_${budgetId}`;
const budgetOf = (c: Context<AppEnv>) => loadBudgetContext(c.var.deps.db, c.req.param('id') ?? '', c.var.user);
const ownReceipt = (c: Context<AppEnv>, budgetId: string) => receiptFromCookie(c.var.deps.config.authSecret, c.var.user?.id ?? null, getCookie(c, receiptCookie(budgetId)));
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

async function standingOf(c: Context<AppEnv>, b: BudgetContext): Promise<BallotStanding | null> {
  const user = c.var.user;
  if (!isResident(user)) return null;
  const s = await voterStanding(c.var.deps.db, b, user);
  const requirement = await requirementStatus(c.var.deps.db, user, voteRequirementTarget(b));
  return { declaredNeighbourhoodId: s.declared?.neighbourhood_id ?? null, neighbourhoodLocked: s.declared?.locked === 1, voted: s.voted, canChange: s.canChange, eligibility: s.eligibility, requirement };
}

async function renderBallot(c: Context<AppEnv>, b: BudgetContext, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const standing = await standingOf(c, b);
  const receipt = ownReceipt(c, b.budget.id);
  const stage = budgetStage(b, (await findResult(c.var.deps.db, b.budget.id)) ?? null);
  return c.html(<BallotPage ctx={pageContext(c)} b={b} standing={standing} state={{ values, errors }} receipt={receipt} stage={stage} />, status);
}

ballotRoutes.get('/:id/ballot', async (c) => {
  const b = await budgetOf(c);
  const receipt = ownReceipt(c, b.budget.id);
  // A voter changing their ballot finds their current choices again (read with their own receipt and account).
  const own = receipt && c.var.user ? await ownBallotChoices(c.var.deps, b.budget.id, c.var.user.id, receipt) : undefined;
  return renderBallot(c, b, own ? choicesToForm(choicesFromJson(own)) : {}, {}, 200);
});

// Back from the review step: the form again, with the choices kept.
ballotRoutes.post('/:id/ballot', async (c) => {
  const b = await budgetOf(c);
  return renderBallot(c, b, await readForm(c), {}, 200);
});

ballotRoutes.post('/:id/neighbourhood', async (c) => {
  const b = await budgetOf(c);
  const values = await readForm(c);
  const result = await declareNeighbourhood(c.var.deps.db, c.var.user, first(values.neighbourhood_id));
  if (!result.ok) return renderBallot(c, b, {}, { neighbourhood_id: c.var.t(result.errors.neighbourhood_id ?? 'form.invalid') }, 400);
  setFlash(c, 'budgets.flash.neighbourhood');
  return c.redirect(`/budgets/${b.budget.id}/ballot`, 303);
});

ballotRoutes.post('/:id/ballot/review', async (c) => {
  const b = await budgetOf(c);
  const values = await readForm(c);
  const choices = readBallotForm(b.settings, values);
  const errors = ballotErrors(b.settings, b.budget.amount, b.projects, choices, c.var.t);
  if (!b.votingOpen) errors._form = c.var.t('budgets.errors.votingClosed');
  if (Object.keys(errors).length) return renderBallot(c, b, values, errors, 400);
  const id = b.budget.id;
  return c.html(<ReviewPage ctx={pageContext(c)} b={b} choices={choices} receipt={first(values.receipt)} action={`/budgets/${id}/ballot/cast`} backAction={`/budgets/${id}/ballot`} />);
});

/**
 * The limit on casting: per network address only, generous (a library or a school shares one). It counts
 * only ballots that passed the rules (a refused ballot costs nothing) and receipt attempts. There is no
 * per-account rule: the register already stops a second vote, and a per-account row rewritten at each
 * cast would record who voted when.
 */
export const castRules = {
  perIp: { name: 'ballot-cast-ip', limit: 100, windowSeconds: 600 },
} satisfies Record<string, RateRule>;

ballotRoutes.post('/:id/ballot/cast', async (c) => {
  const b = await budgetOf(c);
  const voter = requireResident(c.var.user);
  const values = await readForm(c);
  const choices = readBallotForm(b.settings, values);
  const typed = normaliseReceipt(first(values.receipt));
  const admit = () => enforceRateLimit(c, castRules.perIp, clientAddress(c));
  const result = await castOnlineBallot(c.var.deps, voter, b, choices, typed, c.var.t, admit);
  if (!result.ok) return renderBallot(c, b, values, result.errors, 400);
  const id = b.budget.id;
  if (result.value.receipt) {
    setCookie(c, receiptCookie(id), receiptCookieValue(c.var.deps.config.authSecret, voter.id, result.value.receipt), {
      path: `/budgets/${id}`,
      httpOnly: true,
      sameSite: 'Lax',
      secure: c.var.deps.config.baseUrl.startsWith('https:'),
      maxAge: 60 * 60 * 24 * 120,
    });
  }
  setFlash(c, result.value.changed ? 'budgets.flash.changed' : 'budgets.flash.cast');
  return c.redirect(`/budgets/${id}/ballot/receipt`, 303);
});

ballotRoutes.get('/:id/ballot/receipt', async (c) => {
  const b = await budgetOf(c);
  const receipt = b.settings.allowChanges ? ownReceipt(c, b.budget.id) || null : null;
  return c.html(<ReceiptPage ctx={pageContext(c)} b={b} receipt={receipt} />);
});
