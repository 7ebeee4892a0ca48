import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { requireAdmin } from '../../platform/session.ts';
import type { BudgetResult } from './admin-service.ts';
import { ballotErrors, type Choices } from './ballot-rules.ts';
import type { BudgetContext } from './budget-context.ts';
import { findResidentNeighbourhood, hasVoted } from './queries.ts';
import { accountKeys, personKeys, votedUnderAny } from './register-keys.ts';
import type { PaperVoterInput } from './schemas.ts';
import { accountVoterKey } from './secrecy.ts';
import { deskPersonHmac, personVoterKey } from '../verification/index.ts';
import { eligibilityError, recordBallot, refusal, type BallotDeps } from './voting-service.ts';

/**
 * Records a paper ballot entered at the help desk by city staff, for a resident whose identity
 * they checked: an account (by email) or a person by the identifier and birth date on their document,
 * kept only as the verification register's keyed hash (so a verified account of the same person cannot
 * vote online afterwards, nor could it before). It counts once, exactly like an online ballot, and
 * cannot be changed afterwards.
 */
export async function castPaperBallot(
  deps: BallotDeps,
  user: CurrentUser | null,
  ctx: BudgetContext,
  voter: PaperVoterInput,
  choices: Choices,
  t: Translate,
): Promise<BudgetResult<null>> {
  const admin = requireAdmin(user);
  const { db } = deps;
  if (!ctx.votingOpen) return { ok: false, errors: refusal(t, 'budgets.errors.votingClosed') };
  let voterKey: string;
  let keys: string[];
  let neighbourhood = voter.neighbourhood_id || null;
  let accountId: string | null = null;
  if (voter.voter_email) {
    const account = await db.selectFrom('user').select(['id']).where('email', '=', voter.voter_email).where('deletedAt', 'is', null).executeTakeFirst();
    if (!account) return { ok: false, errors: { voter_email: t('budgets.paper.errors.noAccount') } };
    accountId = account.id;
    voterKey = accountVoterKey(account.id);
    keys = await accountKeys(db, account.id);
    const declared = await findResidentNeighbourhood(db, account.id);
    if (declared?.locked === 1 && neighbourhood && declared.neighbourhood_id !== neighbourhood) return { ok: false, errors: { neighbourhood_id: t('budgets.neighbourhood.locked') } };
    neighbourhood = declared?.locked === 1 ? declared.neighbourhood_id : neighbourhood;
  } else {
    const hmac = deskPersonHmac(deps.config.verificationKey, voter.identity_reference, voter.birth_date);
    if (!hmac) return { ok: false, errors: { birth_date: t('budgets.paper.errors.birthDate') } };
    voterKey = personVoterKey(hmac);
    keys = await personKeys(db, hmac);
  }
  const eligibility = eligibilityError(ctx, neighbourhood);
  if (eligibility) return { ok: false, errors: refusal(t, eligibility) };
  const errors = ballotErrors(ctx.settings, ctx.budget.amount, ctx.projects, choices, t);
  if (Object.keys(errors).length) return { ok: false, errors };
  // Read first to answer at once in the usual case; when both channels write at the same moment, the
  // keys claimed in recordBallot's transaction decide.
  if ((await votedUnderAny(db, ctx.budget.id, keys)) || (await hasVoted(db, ctx.budget.id, voterKey))) return { ok: false, errors: refusal(t, 'budgets.paper.errors.alreadyVoted') };
  if (accountId && neighbourhood) {
    // The neighbourhood staff checked on the identity document becomes the account's, fixed from now on.
    await db.deleteFrom('resident_neighbourhood').where('user_id', '=', accountId).execute();
    await db.insertInto('resident_neighbourhood').values({ user_id: accountId, neighbourhood_id: neighbourhood, locked: 0 }).execute();
  }
  const inserted = await recordBallot(deps, ctx.budget.id, { key: voterKey, keys, channel: 'paper', lockUserId: accountId }, choices, null);
  if (!inserted) return { ok: false, errors: refusal(t, 'budgets.paper.errors.alreadyVoted') };
  // The audit says staff entered a paper ballot in this budget, never for whom (the register has that) nor what.
  await recordAudit(db, { userId: admin.id }, 'budget.paperBallot', { type: 'budget', id: ctx.budget.id }, {});
  return { ok: true, value: null };
}
