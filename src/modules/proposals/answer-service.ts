import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { notify } from '../notifications/index.ts';
import { assertAllowed, loadProposalAccess, ruleInput } from './access.ts';
import { proposalsChanged } from './list-cache.ts';
import { ownerUserIds, supporterIds, type ProposalRow } from './queries.ts';
import type { AnswerInput } from './schemas.ts';
import { requireComponentContext } from './service.ts';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'config' | 'log'>;

// Publishing: the answer becomes the proposal's public status and joins its history.
async function publishAnswer(trx: Kysely<Database>, proposalId: string, status: string, rationale: string, adminId: string, now: string): Promise<void> {
  await trx.updateTable('proposal').set({ answer_status: status, answer_text: rationale, answered_at: now, draft_status: null, draft_text: '' }).where('id', '=', proposalId).execute();
  await trx.insertInto('proposal_answer').values({ id: randomUUID(), proposal_id: proposalId, status, rationale, answered_by: adminId, published_at: now }).execute();
}

// Authors, accepted co-authors and supporters follow a proposal; the admin who answered is not told about it.
// The email carries the answer itself: its status (translated for each reader) and the rationale.
async function tellFollowers(deps: Deps, proposal: Pick<ProposalRow, 'id' | 'title' | 'author_user_id'>, answer: { status: string; rationale: string }, adminId: string): Promise<void> {
  const ids = new Set([...(await ownerUserIds(deps.db, proposal)), ...(await supporterIds(deps.db, proposal.id))]);
  const params = { title: proposal.title, statusKey: `proposals.status.${answer.status}` };
  await notify(deps, { userIds: [...ids], kind: 'answer_on_followed_proposal', params, url: `/proposals/${proposal.id}`, excludeUserId: adminId, news: answer.rationale });
}

/** A city admin answers a proposal: published at once, or kept as a draft for a bulk publication. */
export async function saveAnswer(deps: Deps, user: CurrentUser | null, id: string, input: AnswerInput): Promise<'published' | 'drafted'> {
  const access = await loadProposalAccess(deps.db, id, user);
  const admin = assertAllowed('answer', await ruleInput(deps.db, access.context, user, access.facts));
  const now = new Date().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (input.publish) await publishAnswer(trx, id, input.status, input.rationale, admin.id, now);
    else await trx.updateTable('proposal').set({ draft_status: input.status, draft_text: input.rationale }).where('id', '=', id).execute();
    await recordAudit(trx, { userId: admin.id }, input.publish ? 'proposal.answer_published' : 'proposal.answer_drafted', { type: 'proposal', id }, { status: input.status });
  });
  proposalsChanged();
  if (input.publish) await tellFollowers(deps, access.proposal, input, admin.id);
  return input.publish ? 'published' : 'drafted';
}

/** Publishes every drafted answer of a component at once, or only those of proposals made during one phase. */
export async function publishDraftAnswers(deps: Deps, user: CurrentUser | null, componentId: string, phaseId: string): Promise<number> {
  const context = await requireComponentContext(deps, componentId, user);
  const admin = assertAllowed('answer', await ruleInput(deps.db, context, user));
  const phase = context.detail.phases.find((p) => p.id === phaseId);
  let query = deps.db.selectFrom('proposal').select(['id', 'title', 'author_user_id', 'draft_status', 'draft_text', 'created_at']).where('component_id', '=', componentId).where('draft_status', 'is not', null);
  if (phase) query = query.where('created_at', '>=', `${phase.starts_on}T00:00:00`).where('created_at', '<=', `${phase.ends_on}T23:59:59.999Z`);
  const drafts = await query.execute();
  const now = new Date().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    for (const d of drafts) await publishAnswer(trx, d.id, d.draft_status!, d.draft_text, admin.id, now);
    await recordAudit(trx, { userId: admin.id }, 'proposal.answers_published_in_bulk', { type: 'component', id: componentId }, { count: drafts.length, phaseId: phase?.id ?? null });
  });
  proposalsChanged();
  for (const d of drafts) await tellFollowers(deps, d, { status: d.draft_status!, rationale: d.draft_text }, admin.id);
  return drafts.length;
}
