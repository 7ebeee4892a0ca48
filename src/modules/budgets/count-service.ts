// Asking for a count: the rules are checked in the request, the counting itself runs in the background.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { requireAdmin } from '../../platform/session.ts';
import type { BudgetResult } from './admin-service.ts';
import type { BudgetContext } from './budget-context.ts';
import { queueCount } from './count-jobs.ts';
import { countRefusal, runCountInBackground } from './count-runner.ts';

/**
 * Queues a count once voting is closed (admins only; a published result is final) and starts it in
 * the background. A second request while a count is under way starts nothing: it joins that count.
 */
export async function requestCount(deps: { db: Kysely<Database>; log: Logger }, user: CurrentUser | null, ctx: BudgetContext): Promise<BudgetResult<'started' | 'under-way'>> {
  const admin = requireAdmin(user);
  const refusal = await countRefusal(deps.db, ctx);
  if (refusal) return { ok: false, errors: { _form: refusal } };
  const attempt = await queueCount(deps.db, ctx.budget.id, admin.id);
  if (!attempt) return { ok: true, value: 'under-way' };
  runCountInBackground(deps, ctx.budget.id, attempt);
  return { ok: true, value: 'started' };
}
