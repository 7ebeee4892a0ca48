import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import type { FieldErrors } from '../../platform/form.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { requireResident } from '../../platform/session.ts';
import type { BudgetResult } from './admin-service.ts';
import { dropIntoPool, findBallotChoices, mixWhenBatchFull, replaceBallot } from './ballot-box.ts';
import { ballotErrors, choicesToJson, type Choices } from './ballot-rules.ts';
import type { BudgetContext } from './budget-context.ts';
import { findResidentNeighbourhood, findVoterEntry, hasVoted } from './queries.ts';
import { accountKeys, claimKeys, votedUnderAny } from './register-keys.ts';
import { accountVoterKey, ballotReceiptHash, newReceiptToken, registerReceiptTag } from './secrecy.ts';
import { checkRequirement, type RequirementRefusal } from '../verification/index.ts';
import { budgetsSpec } from './settings.ts';

/** What casting needs from the app: the database, the server secret (receipt fingerprints) and the log. */
export type BallotDeps = Pick<AppDeps, 'db' | 'config' | 'log'>;

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
export function eligibilityError(ctx: BudgetContext, neighbourhoodId: string | null): string | null {
  if (!ctx.budget.neighbourhood_id || !ctx.settings.neighbourhoodResidentsOnly) return null;
  if (!neighbourhoodId) return 'budgets.errors.declareNeighbourhood';
  return neighbourhoodId === ctx.budget.neighbourhood_id ? null : 'budgets.errors.notResident';
}

/** What voting in this budget may require of the person's verification (the component's `vote` requirement, this budget's neighbourhood). */
export const voteRequirementTarget = (ctx: BudgetContext) => ({ spec: budgetsSpec, component: ctx.component, action: 'vote', neighbourhoodId: ctx.budget.neighbourhood_id, returnTo: `/budgets/${ctx.budget.id}/ballot` });

/** A verification refusal as the ballot form's message. */
export const requirementMessage = (t: Translate, r: RequirementRefusal): string => t(`verification.refusal.${r.reason}`, { method: t(`verification.method.${r.requirement.method}`) });

async function standingWithEntry(db: Kysely<Database>, ctx: BudgetContext, user: CurrentUser) {
  const declared = await findResidentNeighbourhood(db, user.id);
  const entry = await findVoterEntry(db, ctx.budget.id, accountVoterKey(user.id));
  // A verified person who voted on paper at the help desk is known by their person key, not their account's.
  const keys = await accountKeys(db, user.id);
  const voted = entry !== undefined || (await votedUnderAny(db, ctx.budget.id, keys));
  // Paper ballots and ballots cast before receipts were tied to the register have no tag: they are final.
  const standing = { declared: declared ?? null, voted, canChange: Boolean(entry?.receipt_tag), eligibility: eligibilityError(ctx, declared?.neighbourhood_id ?? null) };
  return { standing, receiptTag: entry?.receipt_tag ?? null, keys };
}

/** Where a resident stands: whether they voted (and may change it), may vote, and must declare a neighbourhood first. */
export async function voterStanding(db: Kysely<Database>, ctx: BudgetContext, user: CurrentUser) {
  return (await standingWithEntry(db, ctx, user)).standing;
}

/** A refusal shown at the top of the ballot form. */
export const refusal = (t: Translate, key: string): FieldErrors => ({ _form: t(key) });

// Both sides are hex digests of the same length; compared in constant time out of habit.
const sameTag = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The choices of the resident's own ballot, found with their receipt only if the register says the receipt is theirs. */
export async function ownBallotChoices(deps: BallotDeps, budgetId: string, userId: string, receipt: string): Promise<string | undefined> {
  const entry = await findVoterEntry(deps.db, budgetId, accountVoterKey(userId));
  if (!entry?.receipt_tag || !sameTag(entry.receipt_tag, registerReceiptTag(deps.config.authSecret, receipt))) return undefined;
  return findBallotChoices(deps.db, budgetId, ballotReceiptHash(deps.config.authSecret, receipt));
}

/**
 * Casts a resident's ballot, or replaces it when they already voted, changes are allowed and they
 * present their own receipt token: the register must say they voted with that very receipt, so a
 * receipt alone (someone else's, bought or found) changes nothing. `admit` runs once the ballot has
 * passed the rules and before anything is written (the route counts the attempt against its rate
 * limit there, so a ballot refused for a rule costs nothing). Returns the receipt token.
 */
export async function castOnlineBallot(
  deps: BallotDeps,
  user: CurrentUser | null,
  ctx: BudgetContext,
  choices: Choices,
  receipt: string,
  t: Translate,
  admit: () => Promise<void> = async () => undefined,
): Promise<BudgetResult<{ receipt: string | null; changed: boolean }>> {
  const resident = requireResident(user);
  if (!ctx.votingOpen) return { ok: false, errors: refusal(t, 'budgets.errors.votingClosed') };
  const unverified = await checkRequirement(deps.db, resident, voteRequirementTarget(ctx));
  if (unverified) return { ok: false, errors: { _form: requirementMessage(t, unverified) } };
  const { standing, receiptTag, keys } = await standingWithEntry(deps.db, ctx, resident);
  if (standing.eligibility) return { ok: false, errors: refusal(t, standing.eligibility) };
  const errors = ballotErrors(ctx.settings, ctx.budget.amount, ctx.projects, choices, t);
  if (Object.keys(errors).length) return { ok: false, errors };
  if (standing.voted && (!ctx.settings.allowChanges || !receiptTag)) return { ok: false, errors: refusal(t, 'budgets.errors.alreadyVoted') };
  if (standing.voted && !receipt.trim()) return { ok: false, errors: { receipt: t('budgets.errors.receiptRequired') } };
  await admit();
  const { db, config } = deps;
  const budgetId = ctx.budget.id;
  if (receiptTag) {
    const theirs = sameTag(receiptTag, registerReceiptTag(config.authSecret, receipt));
    if (!theirs || !(await replaceBallot(db, budgetId, ballotReceiptHash(config.authSecret, receipt), choicesToJson(choices)))) {
      return { ok: false, errors: { receipt: t('budgets.errors.receiptUnknown') } };
    }
    await mixWhenBatchFull(db, budgetId, deps.log);
    return { ok: true, value: { receipt, changed: true } };
  }
  const token = ctx.settings.allowChanges ? newReceiptToken() : null;
  const inserted = await recordBallot(deps, budgetId, { key: accountVoterKey(resident.id), keys, channel: 'online', lockUserId: resident.id }, choices, token);
  if (!inserted) return { ok: false, errors: refusal(t, 'budgets.errors.alreadyVoted') };
  return { ok: true, value: { receipt: token, changed: false } };
}

/**
 * Who is voting: the register key their ballot is recorded under, every key that identifies them (that
 * one included: see register-keys.ts), the channel, and the account whose neighbourhood the vote fixes.
 */
export interface VoterEntry {
  key: string;
  keys: string[];
  channel: 'online' | 'paper';
  lockUserId: string | null;
}

/**
 * Writes a first ballot: every key of the voter, the register row and the ballot's row in the pool, in
 * one transaction, so the ballot is never lost nor counted twice — not even when the same person's
 * other ballot (paper at the help desk, online) is being written at the same moment: whichever commits
 * second fails on a key and saves nothing. The register row and the ballot each keep their own
 * fingerprint of the receipt (none for a ballot that cannot be changed). Then mixes the pool if it holds
 * a full batch. False for a second vote.
 */
export async function recordBallot(deps: BallotDeps, budgetId: string, voter: VoterEntry, choices: Choices, token: string | null): Promise<boolean> {
  const { db, config } = deps;
  try {
    await db.transaction().execute(async (trx) => {
      await claimKeys(trx, budgetId, voter.keys);
      await trx.insertInto('budget_voter').values({ budget_id: budgetId, voter_key: voter.key, channel: voter.channel, receipt_tag: token ? registerReceiptTag(config.authSecret, token) : null }).execute();
      await dropIntoPool(trx, budgetId, choicesToJson(choices), token ? ballotReceiptHash(config.authSecret, token) : null);
      if (voter.lockUserId) await trx.updateTable('resident_neighbourhood').set({ locked: 1 }).where('user_id', '=', voter.lockUserId).execute();
    });
  } catch (error) {
    // A key or the register's primary key refused a second vote (two tabs, a double click, the other
    // channel at the same moment): nothing was saved.
    if ((await votedUnderAny(db, budgetId, voter.keys)) || (await hasVoted(db, budgetId, voter.key))) return false;
    throw error;
  }
  await mixWhenBatchFull(db, budgetId, deps.log);
  return true;
}
