import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditChanges, recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { FieldErrors } from '../../platform/form.ts';
import { requireAdmin } from '../../platform/session.ts';
import { holdsAny, type DeletionResult } from '../../web/confirm.tsx';
import type { ComponentRow } from '../processes/index.ts';
import { deleteAttachmentsOf, deleteOrphanedAttachments, removeStoredFiles } from '../attachments/index.ts';
import { budgetParticipation } from './participation.ts';
import { findBudget, findProject, type BudgetRow } from './queries.ts';
import type { BudgetInput, FollowUpInput } from './schemas.ts';

/** A service outcome: the value, or error catalog keys per field. */
export type BudgetResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** A budgets component by id, or 404. */
export async function requireBudgetComponent(db: Kysely<Database>, componentId: string): Promise<ComponentRow> {
  const row = await db.selectFrom('component').selectAll().where('id', '=', componentId).where('type', '=', 'budgets').executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

async function checkNeighbourhood(db: Kysely<Database>, id: string): Promise<FieldErrors> {
  if (id === '') return {};
  const found = await db.selectFrom('neighbourhood').select('id').where('id', '=', id).executeTakeFirst();
  return found ? {} : { neighbourhood_id: 'form.invalidChoice' };
}

/** Creates (budgetId null) or updates a budget of a budgets component (admins only). */
export async function saveBudget(db: Kysely<Database>, user: CurrentUser | null, componentId: string, budgetId: string | null, input: BudgetInput): Promise<BudgetResult<string>> {
  const admin = requireAdmin(user);
  await requireBudgetComponent(db, componentId);
  const existing = budgetId ? await findBudget(db, budgetId) : undefined;
  if (budgetId && existing?.component_id !== componentId) throw notFound();
  const errors = await checkNeighbourhood(db, input.neighbourhood_id);
  if (Object.keys(errors).length) return { ok: false, errors };
  const id = budgetId ?? randomUUID();
  const values = { ...input, neighbourhood_id: input.neighbourhood_id || null };
  await db.transaction().execute(async (trx) => {
    if (budgetId) {
      await trx.updateTable('budget').set(values).where('id', '=', id).execute();
    } else {
      const last = await trx.selectFrom('budget').select('position').where('component_id', '=', componentId).orderBy('position', 'desc').executeTakeFirst();
      await trx.insertInto('budget').values({ id, component_id: componentId, ...values, position: (last ? Number(last.position) : 0) + 1, created_at: new Date().toISOString() }).execute();
    }
    const changes = existing ? auditChanges(existing, values, ['title_fr', 'title_en', 'amount', 'currency', 'neighbourhood_id']) : { amount: input.amount };
    await recordAudit(trx, { userId: admin.id }, budgetId ? 'budget.update' : 'budget.create', { type: 'budget', id }, { componentId, ...changes });
  });
  return { ok: true, value: id };
}

/** A deletion's outcome, with the files to remove once its transaction has committed. */
type DeletionWithFiles = (DeletionResult & { ok: false }) | { ok: true; obsolete: string[] };

// Files go only after the commit: a deletion rolled back keeps every file its rows name.
async function thenRemoveFiles(uploadDir: string, outcome: DeletionWithFiles): Promise<DeletionResult> {
  if (!outcome.ok) return outcome;
  await removeStoredFiles(uploadDir, outcome.obsolete);
  return { ok: true };
}

/**
 * Deletes a budget with its projects and their images and documents, only while nobody has voted and
 * nothing was counted; otherwise nothing changes and the answer says what depends on it (admins only).
 */
export async function deleteBudget(db: Kysely<Database>, uploadDir: string, user: CurrentUser | null, budget: BudgetRow): Promise<DeletionResult> {
  const admin = requireAdmin(user);
  const outcome = await db.transaction().execute(async (trx): Promise<DeletionWithFiles> => {
    const held = await budgetParticipation(trx, budget.id, true);
    if (holdsAny(held)) return { ok: false, held };
    await trx.deleteFrom('budget').where('id', '=', budget.id).execute();
    // The projects went with the budget (cascade); their files go too.
    const obsolete = await deleteOrphanedAttachments(trx);
    await recordAudit(trx, { userId: admin.id }, 'budget.delete', { type: 'budget', id: budget.id }, { title: budget.title_fr });
    return { ok: true, obsolete };
  });
  return thenRemoveFiles(uploadDir, outcome);
}

/** Deletes a project, only while its budget holds no ballot and no result (the ballots were cast on this list) (admins only). */
export async function deleteProject(db: Kysely<Database>, uploadDir: string, user: CurrentUser | null, budget: BudgetRow, projectId: string): Promise<DeletionResult> {
  const admin = requireAdmin(user);
  const project = await findProject(db, budget.id, projectId);
  if (!project) throw notFound();
  const outcome = await db.transaction().execute(async (trx): Promise<DeletionWithFiles> => {
    const held = await budgetParticipation(trx, budget.id, true);
    if (holdsAny(held)) return { ok: false, held };
    // Its images and documents go with it (their rows now, their files once committed).
    const obsolete = await deleteAttachmentsOf(trx, { type: 'budget_project', id: projectId });
    await trx.deleteFrom('budget_project').where('id', '=', projectId).execute();
    await recordAudit(trx, { userId: admin.id }, 'budget.project.delete', { type: 'budget_project', id: projectId }, { budgetId: budget.id, title: project.title_fr });
    return { ok: true, obsolete };
  });
  return thenRemoveFiles(uploadDir, outcome);
}

/** Records the follow-up of a project (status, progress, optional public update) (admins only). */
export async function saveFollowUp(db: Kysely<Database>, user: CurrentUser | null, budget: BudgetRow, projectId: string, input: FollowUpInput): Promise<void> {
  const admin = requireAdmin(user);
  if (!(await findProject(db, budget.id, projectId))) throw notFound();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('budget_project').set({ status: input.status, progress: input.progress }).where('id', '=', projectId).execute();
    if (input.update_fr) {
      await trx.insertInto('budget_project_update').values({ id: randomUUID(), project_id: projectId, body_fr: input.update_fr, body_en: input.update_en, created_at: new Date().toISOString() }).execute();
    }
    await recordAudit(trx, { userId: admin.id }, 'budget.project.followUp', { type: 'budget_project', id: projectId }, { status: input.status, progress: input.progress });
  });
}
