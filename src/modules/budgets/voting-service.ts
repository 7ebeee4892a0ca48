import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { FieldErrors } from '../../platform/form.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { requireAdmin, requireResident } from '../../platform/session.ts';
import type { BudgetResult } from './admin-service.ts';
import { ballotErrors, choicesToJson, type Choices } from './ballot-rules.ts';
import type { BudgetContext } from './budget-context.ts';
import { findBallotByReceipt, findResidentNeighbourhood, hasVoted } from './queries.ts';
import type { PaperVoterInput } from './schemas.ts';
import { accountVoterKey, deskVoterKey, hashReceipt, newReceiptToken } from './secrecy.ts';

/** Declares (or changes, until the first vote fixes it) the neighbourhood a resident lives in. */
export async function declareNeighbourhood(db: Kysely<Database>, user: CurrentUser | null, neighbourhoodId: string): Promise<BudgetResult<null>> {
  const resident = requireResident(user);
  const exists = await db.selectFrom('neighbourhood').select('id').where('id', '=', neighbourhoodId).executeTakeFirst();
  if (!exists) return { ok: false, errors: { neighbourhood_id: 'form.invalidChoice' } };
  const current = await findResidentNeighbourhood(db, resident.id);
  if (current?.locked === 1 && current.neighbourhood_id !== neighbourhoodId) return { ok: false, errors: { neighbourhood_id: 'budgets.neighbourhood.locked' } };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('resident_neighbourhood').where('user_id', '=', resident.id).execute();
    await trx.insertInto('resident_neighbourhood').values({ user_id: resident.id, neighbourhood_id: neighbourhoodId, locked: current?.locked ?? 0 }).execute();
  });
  return { ok: true, value: null };
}

/** Whether a voter living in `neighbourhoodId` may vote in this budget: city-wide budgets are open to every resident. */
function eligibilityError(ctx: BudgetContext, neighbourhoodId: string | null): string | null {
  if (!ctx.budget.neighbourhood_id || !ctx.settings.neighbourhoodResidentsOnly) return null;
  if (!neighbourhoodId) return 'budgets.errors.declareNeighbourhood';
  return neighbourhoodId === ctx.budget.neighbourhood_id ? null : 'budgets.errors.notResident';
}

/** Where a resident stands: whether they voted, may vote, and must declare a neighbourhood first. */
export async function voterStanding(db: Kysely<Database>, ctx: BudgetContext, user: CurrentUser) {
  const declared = await findResidentNeighbourhood(db, user.id);
  const voted = await hasVoted(db, ctx.budget.id, accountVoterKey(user.id));
  return { declared: declared ?? null, voted, eligibility: eligibilityError(ctx, declared?.neighbourhood_id ?? null) };
}

const refusal = (t: Translate, key: string): FieldErrors => ({ _form: t(key) });

/**
 * Casts a resident's ballot, or replaces it when they already voted, changes are allowed and they
 * present their receipt token. Returns the receipt token (a new one for a first ballot).
 */
export async function castOnlineBallot(
  db: Kysely<Database>,
  user: CurrentUser | null,
  ctx: BudgetContext,
  choices: Choices,
  receipt: string,
  t: Translate,
): Promise<BudgetResult<{ receipt: string | null; changed: boolean }>> {
  const resident = requireResident(user);
  if (!ctx.votingOpen) return { ok: false, errors: refusal(t, 'budgets.errors.votingClosed') };
  const standing = await voterStanding(db, ctx, resident);
  if (standing.eligibility) return { ok: false, errors: refusal(t, standing.eligibility) };
  const errors = ballotErrors(ctx.settings, ctx.budget.amount, ctx.projects, choices, t);
  if (Object.keys(errors).length) return { ok: false, errors };
  const budgetId = ctx.budget.id;
  if (standing.voted) {
    if (!ctx.settings.allowChanges) return { ok: false, errors: refusal(t, 'budgets.errors.alreadyVoted') };
    const ballot = receipt.trim() ? await findBallotByReceipt(db, budgetId, hashReceipt(receipt)) : undefined;
    if (!ballot) return { ok: false, errors: { receipt: t(receipt.trim() ? 'budgets.errors.receiptUnknown' : 'budgets.errors.receiptRequired') } };
    await db.updateTable('budget_ballot').set({ choices: choicesToJson(choices) }).where('id', '=', ballot.id).execute();
    return { ok: true, value: { receipt, changed: true } };
  }
  const token = ctx.settings.allowChanges ? newReceiptToken() : null;
  const inserted = await insertBallot(db, budgetId, accountVoterKey(resident.id), 'online', choices, token, resident.id);
  if (!inserted) return { ok: false, errors: refusal(t, 'budgets.errors.alreadyVoted') };
  return { ok: true, value: { receipt: token, changed: false } };
}

// The voter register row and the ballot row are written together, but share nothing: no id, no time.
async function insertBallot(db: Kysely<Database>, budgetId: string, voterKey: string, channel: 'online' | 'paper', choices: Choices, token: string | null, lockUserId: string | null): Promise<boolean> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('budget_voter').values({ budget_id: budgetId, voter_key: voterKey, channel }).execute();
      await trx.insertInto('budget_ballot').values({ id: randomUUID(), budget_id: budgetId, choices: choicesToJson(choices), receipt_hash: token ? hashReceipt(token) : null }).execute();
      if (lockUserId) await trx.updateTable('resident_neighbourhood').set({ locked: 1 }).where('user_id', '=', lockUserId).execute();
    });
    return true;
  } catch (error) {
    // The register's primary key refused a second vote (two tabs, a double click): nothing was saved.
    if (await hasVoted(db, budgetId, voterKey)) return false;
    throw error;
  }
}

/**
 * Records a paper ballot entered at the help desk by city staff, for a resident whose identity
 * they checked: an account (by email) or a person without one (by an identity reference, kept only
 * as a keyed hash). It counts once, exactly like an online ballot, and cannot be changed afterwards.
 */
export async function castPaperBallot(
  db: Kysely<Database>,
  secret: string,
  user: CurrentUser | null,
  ctx: BudgetContext,
  voter: PaperVoterInput,
  choices: Choices,
  t: Translate,
): Promise<BudgetResult<null>> {
  const admin = requireAdmin(user);
  if (!ctx.votingOpen) return { ok: false, errors: refusal(t, 'budgets.errors.votingClosed') };
  let voterKey: string;
  let neighbourhood = voter.neighbourhood_id || null;
  let accountId: string | null = null;
  if (voter.voter_email) {
    const account = await db.selectFrom('user').select(['id']).where('email', '=', voter.voter_email).where('deletedAt', 'is', null).executeTakeFirst();
    if (!account) return { ok: false, errors: { voter_email: t('budgets.paper.errors.noAccount') } };
    accountId = account.id;
    voterKey = accountVoterKey(account.id);
    const declared = await findResidentNeighbourhood(db, account.id);
    if (declared?.locked === 1 && neighbourhood && declared.neighbourhood_id !== neighbourhood) return { ok: false, errors: { neighbourhood_id: t('budgets.neighbourhood.locked') } };
    neighbourhood = declared?.locked === 1 ? declared.neighbourhood_id : neighbourhood;
  } else {
    voterKey = deskVoterKey(secret, voter.identity_reference);
  }
  const eligibility = eligibilityError(ctx, neighbourhood);
  if (eligibility) return { ok: false, errors: refusal(t, eligibility) };
  const errors = ballotErrors(ctx.settings, ctx.budget.amount, ctx.projects, choices, t);
  if (Object.keys(errors).length) return { ok: false, errors };
  if (await hasVoted(db, ctx.budget.id, voterKey)) return { ok: false, errors: refusal(t, 'budgets.paper.errors.alreadyVoted') };
  if (accountId && neighbourhood) {
    // The neighbourhood staff checked on the identity document becomes the account's, fixed from now on.
    await db.deleteFrom('resident_neighbourhood').where('user_id', '=', accountId).execute();
    await db.insertInto('resident_neighbourhood').values({ user_id: accountId, neighbourhood_id: neighbourhood, locked: 0 }).execute();
  }
  const inserted = await insertBallot(db, ctx.budget.id, voterKey, 'paper', choices, null, accountId);
  if (!inserted) return { ok: false, errors: refusal(t, 'budgets.paper.errors.alreadyVoted') };
  // The audit says staff entered a paper ballot in this budget, never for whom (the register has that) nor what.
  await recordAudit(db, { userId: admin.id }, 'budget.paperBallot', { type: 'budget', id: ctx.budget.id }, {});
  return { ok: true, value: null };
}
