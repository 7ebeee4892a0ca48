import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { PabulibError, readPabulib, type Election } from '../../engines/budgeting/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { requireAdmin } from '../../platform/session.ts';
import type { BudgetResult } from './admin-service.ts';
import type { BudgetContext } from './budget-context.ts';
import { countVoters } from './queries.ts';
import { pabulibVoteType } from './settings.ts';

const lower = (s: string) => s.trim().toLowerCase();

/**
 * Imports a Pabulib file into an empty budget: its projects (reference, cost, name, category,
 * neighbourhood matched by name or slug) and, when asked, its ballots as anonymous ballots
 * (they have no voter register entry: they were checked where they were collected).
 */
export async function importPabulib(
  db: Kysely<Database>,
  user: CurrentUser | null,
  ctx: BudgetContext,
  text: string,
  withBallots: boolean,
  t: Translate,
): Promise<BudgetResult<{ projects: number; ballots: number }>> {
  const admin = requireAdmin(user);
  let election: Election;
  try {
    election = readPabulib(text);
  } catch (error) {
    const message = error instanceof PabulibError ? error.message : String((error as Error).message);
    return { ok: false, errors: { file: t('budgets.import.errors.malformed', { message }) } };
  }
  if (ctx.projects.length > 0 || (await countVoters(db, ctx.budget.id)) > 0) return { ok: false, errors: { file: t('budgets.import.errors.notEmpty') } };
  if (election.projects.length === 0) return { ok: false, errors: { file: t('budgets.import.errors.noProjects') } };
  const badCost = election.projects.find((p) => !Number.isInteger(p.cost) || p.cost < 1);
  if (badCost) return { ok: false, errors: { file: t('budgets.import.errors.cost', { ref: badCost.id }) } };
  if (withBallots && election.voteType !== pabulibVoteType(ctx.settings.ballotType)) {
    return { ok: false, errors: { file: t('budgets.import.errors.voteType', { type: election.voteType }) } };
  }
  const hoodByName = new Map<string, string>();
  for (const n of ctx.neighbourhoods) for (const key of [n.name_fr, n.name_en, n.slug]) if (key) hoodByName.set(lower(key), n.id);
  const now = new Date().toISOString();
  const ballots = withBallots ? election.ballots : [];
  await db.transaction().execute(async (trx) => {
    for (const [position, p] of election.projects.entries()) {
      await trx
        .insertInto('budget_project')
        .values({
          id: randomUUID(),
          budget_id: ctx.budget.id,
          ref: p.id,
          title_fr: (p.name ?? p.id).slice(0, 200),
          title_en: '',
          description_fr: '',
          description_en: '',
          cost: p.cost,
          neighbourhood_id: p.neighbourhood ? (hoodByName.get(lower(p.neighbourhood)) ?? null) : null,
          category: (p.category ?? '').replace(/[;,]/g, ' ').slice(0, 80),
          proposal_url: '',
          status: 'planned',
          progress: 0,
          position: position + 1,
          created_at: now,
        })
        .execute();
    }
    for (const ballot of ballots) {
      await trx.insertInto('budget_ballot').values({ id: randomUUID(), budget_id: ctx.budget.id, choices: JSON.stringify(ballot), receipt_hash: null }).execute();
    }
    await recordAudit(trx, { userId: admin.id }, 'budget.import', { type: 'budget', id: ctx.budget.id }, { projects: election.projects.length, ballots: ballots.length });
  });
  return { ok: true, value: { projects: election.projects.length, ballots: ballots.length } };
}
