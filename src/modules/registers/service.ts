import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { requireAdmin, requireResident } from '../../platform/session.ts';
import type { EntryType } from './fields.ts';
import { diffEntry } from './history.ts';
import { editableDepartmentIds, findEntry, findQuestion, tableOf } from './queries.ts';
import { impliesPersonalData, type EntryInput } from './validation.ts';

/** A service outcome: the value, or catalog keys of errors per form field. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** Whether a person may edit the entries of a department (its editors, and city admins). */
export async function mayEditDepartment(db: Kysely<Database>, user: CurrentUser | null, departmentId: string): Promise<boolean> {
  if (!user || !user.emailVerified) return false;
  return (await editableDepartmentIds(db, user)).includes(departmentId);
}

// Ids chosen in selects must exist: a forged form must not point an entry at nothing.
async function checkReferences(db: Kysely<Database>, input: EntryInput, editable: string[]): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const department = String(input.department_id ?? '');
  if (!editable.includes(department)) {
    const exists = await db.selectFrom('register_department').select('id').where('id', '=', department).executeTakeFirst();
    errors.department_id = exists ? 'registers.errors.departmentNotYours' : 'form.invalidChoice';
  }
  if (input.neighbourhood_id && !(await db.selectFrom('neighbourhood').select('id').where('id', '=', String(input.neighbourhood_id)).executeTakeFirst())) {
    errors.neighbourhood_id = 'form.invalidChoice';
  }
  if (input.process_id && !(await db.selectFrom('process').select('id').where('id', '=', String(input.process_id)).executeTakeFirst())) {
    errors.process_id = 'form.invalidChoice';
  }
  return errors;
}

/** Creates (id null) or updates an entry of a register, recording what changed; departments edit only their own entries. */
export async function saveEntry(db: Kysely<Database>, user: CurrentUser | null, type: EntryType, id: string | null, input: EntryInput): Promise<Result<{ id: string }>> {
  const editor = requireResident(user);
  const editable = await editableDepartmentIds(db, editor);
  if (editable.length === 0) throw forbidden();
  const before = id ? await findEntry(db, type, id) : undefined;
  if (id && !before) throw notFound();
  if (before && !editable.includes(before.department_id)) throw forbidden();
  const errors = await checkReferences(db, input, editable);
  if (Object.keys(errors).length) return { ok: false, errors };

  const values: EntryInput = { ...input };
  if (type === 'sensor') values.personal_data = impliesPersonalData(values) ? 1 : 0;
  const now = new Date().toISOString();
  const entryId = id ?? randomUUID();
  const changes = before ? diffEntry(type, before as unknown as Record<string, unknown>, values) : [];
  // The generic writer addresses both entry tables through one set of columns (the field specs).
  const anyDb = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  await db.transaction().execute(async (trx) => {
    const t = trx as unknown as typeof anyDb;
    if (before) {
      if (changes.length === 0) return;
      await t.updateTable(tableOf(type)).set({ ...values, updated_at: now }).where('id', '=', entryId).execute();
    } else {
      await t.insertInto(tableOf(type)).values({ ...values, id: entryId, created_at: now, updated_at: now }).execute();
    }
    await trx
      .insertInto('register_change')
      .values({ id: randomUUID(), entry_type: type, entry_id: entryId, department_id: String(values.department_id), user_id: editor.id, kind: before ? 'updated' : 'created', changes: JSON.stringify(changes), created_at: now })
      .execute();
    await recordAudit(trx, { userId: editor.id }, before ? 'register.entry.update' : 'register.entry.create', { type, id: entryId }, { fields: changes.map((c) => c.field) });
  });
  return { ok: true, value: { id: entryId } };
}

/** Adds a department of the city (admins only). */
export async function createDepartment(db: Kysely<Database>, user: CurrentUser | null, input: { name_fr: string; name_en: string; organisation: string; email: string }): Promise<{ id: string }> {
  const admin = requireAdmin(user);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('register_department').values({ id, ...input, created_at: new Date().toISOString() }).execute();
    await recordAudit(trx, { userId: admin.id }, 'register.department.create', { type: 'register_department', id }, { name: input.name_fr });
  });
  return { id };
}

/** Authorises a person (found by email) to edit a department's entries (admins only). */
export async function addEditor(db: Kysely<Database>, user: CurrentUser | null, departmentId: string, email: string): Promise<Result<null>> {
  const admin = requireAdmin(user);
  const department = await db.selectFrom('register_department').select('id').where('id', '=', departmentId).executeTakeFirst();
  if (!department) return { ok: false, errors: { department_id: 'form.invalidChoice' } };
  const person = await db.selectFrom('user').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).where('deletedAt', 'is', null).executeTakeFirst();
  if (!person) return { ok: false, errors: { email: 'registers.errors.unknownUser' } };
  const existing = await db.selectFrom('register_editor').select('user_id').where('user_id', '=', person.id).where('department_id', '=', departmentId).executeTakeFirst();
  if (existing) return { ok: false, errors: { email: 'registers.errors.alreadyEditor' } };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('register_editor').values({ user_id: person.id, department_id: departmentId, created_at: new Date().toISOString() }).execute();
    await recordAudit(trx, { userId: admin.id }, 'register.editor.add', { type: 'register_department', id: departmentId }, { userId: person.id });
  });
  return { ok: true, value: null };
}

/** Withdraws a person's right to edit a department's entries (admins only). */
export async function removeEditor(db: Kysely<Database>, user: CurrentUser | null, departmentId: string, userId: string): Promise<void> {
  const admin = requireAdmin(user);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('register_editor').where('user_id', '=', userId).where('department_id', '=', departmentId).execute();
    await recordAudit(trx, { userId: admin.id }, 'register.editor.remove', { type: 'register_department', id: departmentId }, { userId });
  });
}

/** A resident asks a public question about an entry, or contests it. */
export async function askQuestion(db: Kysely<Database>, user: CurrentUser | null, type: EntryType, entryId: string, input: { kind: 'question' | 'contest'; body: string }): Promise<{ id: string }> {
  const resident = requireResident(user);
  if (!(await findEntry(db, type, entryId))) throw notFound();
  const id = randomUUID();
  await db.insertInto('register_question').values({ id, entry_type: type, entry_id: entryId, kind: input.kind, body: input.body, user_id: resident.id, created_at: new Date().toISOString(), answer: null, answered_at: null, answered_by: null, hidden_at: null, hidden_reason: null }).execute();
  return { id };
}

/** The accountable department (or an admin) answers a question publicly, once. */
export async function answerQuestion(db: Kysely<Database>, user: CurrentUser | null, questionId: string, answer: string): Promise<Result<{ type: EntryType; entryId: string }>> {
  const editor = requireResident(user);
  const question = await findQuestion(db, questionId);
  const type = question?.entry_type === 'algorithm' ? 'algorithm' : 'sensor';
  const entry = question && (await findEntry(db, type, question.entry_id));
  if (!question || !entry) throw notFound();
  if (!(await mayEditDepartment(db, editor, entry.department_id))) throw forbidden();
  if (question.answered_at) return { ok: false, errors: { answer: 'registers.errors.alreadyAnswered' } };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('register_question').set({ answer, answered_at: new Date().toISOString(), answered_by: editor.id }).where('id', '=', questionId).where('answered_at', 'is', null).execute();
    await recordAudit(trx, { userId: editor.id }, 'register.question.answer', { type: 'register_question', id: questionId }, {});
  });
  return { ok: true, value: { type, entryId: question.entry_id } };
}
