import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditChanges, recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { FieldErrors } from '../../platform/form.ts';
import { requireAdmin } from '../../platform/session.ts';
import { saveWithAttachments, type AttachmentPlan } from '../attachments/index.ts';
import { locateInCity } from '../geography/index.ts';
import type { BudgetResult } from './admin-service.ts';
import { proposalsOfProcess } from './project-links.ts';
import { countVoters, findProject, type BudgetRow } from './queries.ts';
import type { ProjectInput } from './schemas.ts';

/** What saving a project needs besides its input: the database, who acts, where its files go, the budget's process. */
export interface ProjectWriteContext {
  db: Kysely<Database>;
  user: CurrentUser | null;
  uploadDir: string;
  budget: BudgetRow;
  processId: string;
}

/** The next free project reference of a budget ("1", "2"...; imported files keep their own). */
export async function nextProjectRef(db: Kysely<Database>, budgetId: string): Promise<string> {
  const refs = await db.selectFrom('budget_project').select('ref').where('budget_id', '=', budgetId).execute();
  const taken = new Set(refs.map((r) => r.ref));
  let n = refs.length + 1;
  while (taken.has(String(n))) n++;
  return String(n);
}

/** The project fields an edit records as before → after in the audit log. */
const projectAuditFields = ['title_fr', 'title_en', 'description_fr', 'description_en', 'cost', 'neighbourhood_id', 'category', 'proposal_url', 'latitude', 'longitude'] as const;

async function projectErrors(ctx: ProjectWriteContext, input: ProjectInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (input.neighbourhood_id !== '') {
    const found = await ctx.db.selectFrom('neighbourhood').select('id').where('id', '=', input.neighbourhood_id).executeTakeFirst();
    if (!found) errors.neighbourhood_id = 'form.invalidChoice';
  }
  const known = await proposalsOfProcess(ctx.db, ctx.processId, input.proposals);
  if (input.proposals.some((id) => !known.has(id))) errors.proposals = 'form.invalidChoice';
  // A pin, when given, must fall on the city's map (its neighbourhoods or boundary).
  if (input.latitude !== null && input.longitude !== null && !(await locateInCity(ctx.db, input.latitude, input.longitude)).inside) errors.latitude = 'geography.location.outside';
  // Changing the list or the costs under voters' feet would change the meaning of cast ballots.
  if ((await countVoters(ctx.db, ctx.budget.id)) > 0) errors._form = 'budgets.errors.hasVotes';
  return errors;
}

/**
 * Creates (projectId null) or updates a project with its proposal links and the changes to its images
 * and documents (read and checked by the attachments module); projects are frozen once voting has
 * started (admins only). The project and its files are saved together: a failed save keeps no file.
 */
export async function saveProject(ctx: ProjectWriteContext, projectId: string | null, input: ProjectInput, plan: AttachmentPlan): Promise<BudgetResult<string>> {
  const admin = requireAdmin(ctx.user);
  const existing = projectId ? await findProject(ctx.db, ctx.budget.id, projectId) : null;
  if (projectId && !existing) throw notFound();
  const errors = await projectErrors(ctx, input);
  if (Object.keys(errors).length) return { ok: false, errors };

  const id = projectId ?? randomUUID();
  const { proposals, ...columns } = input;
  await saveWithAttachments(ctx.db, ctx.uploadDir, plan, admin.id, async (trx) => {
    const values = { ...columns, neighbourhood_id: input.neighbourhood_id || null };
    if (existing) await trx.updateTable('budget_project').set(values).where('id', '=', id).execute();
    else {
      const ref = await nextProjectRef(trx, ctx.budget.id);
      await trx.insertInto('budget_project').values({ id, budget_id: ctx.budget.id, ref, ...values, status: 'planned', progress: 0, position: Number(ref) || 0, created_at: new Date().toISOString() }).execute();
    }
    await trx.deleteFrom('budget_project_proposal').where('project_id', '=', id).execute();
    if (proposals.length) await trx.insertInto('budget_project_proposal').values(proposals.map((proposal_id) => ({ project_id: id, proposal_id }))).execute();
    // An edit records each changed field as before → after, so the admin log says what changed, not only that it did.
    const changes = existing ? auditChanges(existing, values, projectAuditFields) : { cost: input.cost };
    await recordAudit(trx, { userId: admin.id }, existing ? 'budget.project.update' : 'budget.project.create', { type: 'budget_project', id }, {
      budgetId: ctx.budget.id,
      ...changes,
      proposals,
      imagesAdded: plan.newImages.length,
      documentAdded: plan.newDocument !== null,
      filesRemoved: plan.removed.length,
      altTextsChanged: plan.altChanges.length,
    });
    return { owner: { type: 'budget_project', id }, value: null };
  });
  return { ok: true, value: id };
}
