import type { Kysely, Selectable } from 'kysely';
import type { Database, RegisterAlgorithmTable, RegisterChangeTable, RegisterDepartmentTable, RegisterQuestionTable, RegisterSensorTable } from '../../db/schema.ts';
import type { EntryType } from './fields.ts';

export type SensorRow = Selectable<RegisterSensorTable>;
export type AlgorithmRow = Selectable<RegisterAlgorithmTable>;
export type DepartmentRow = Selectable<RegisterDepartmentTable>;
export type ChangeRow = Selectable<RegisterChangeTable>;
export type QuestionRow = Selectable<RegisterQuestionTable>;
export type EntryRow = SensorRow | AlgorithmRow;

/** The table that holds one kind of entry. */
export const tableOf = (type: EntryType) => (type === 'sensor' ? 'register_sensor' : 'register_algorithm') as 'register_sensor';

/** Names the register pages need to show ids: departments, neighbourhoods and processes. */
export interface Lookups {
  departments: Map<string, DepartmentRow>;
  neighbourhoods: Map<string, { id: string; slug: string; name_fr: string; name_en: string }>;
  processes: Map<string, { id: string; slug: string; title_fr: string; title_en: string; published: number }>;
}

/** Loads every department, neighbourhood and process once (three small queries, whatever the page). */
export async function loadLookups(db: Kysely<Database>): Promise<Lookups> {
  const [departments, neighbourhoods, processes] = await Promise.all([
    listDepartments(db),
    db.selectFrom('neighbourhood').select(['id', 'slug', 'name_fr', 'name_en']).orderBy('position').execute(),
    db.selectFrom('process').select(['id', 'slug', 'title_fr', 'title_en', 'published']).orderBy('created_at', 'desc').execute(),
  ]);
  return {
    departments: new Map(departments.map((d) => [d.id, d])),
    neighbourhoods: new Map(neighbourhoods.map((n) => [n.id, n])),
    processes: new Map(processes.map((p) => [p.id, p])),
  };
}

/** Every department, by name. */
export function listDepartments(db: Kysely<Database>): Promise<DepartmentRow[]> {
  return db.selectFrom('register_department').selectAll().orderBy('name_fr').execute();
}

/** Ids of the departments whose entries a person may edit (an admin may edit all). */
export async function editableDepartmentIds(db: Kysely<Database>, user: { id: string; role: string } | null): Promise<string[]> {
  if (!user) return [];
  if (user.role === 'admin') return (await db.selectFrom('register_department').select('id').execute()).map((r) => r.id);
  return (await db.selectFrom('register_editor').select('department_id').where('user_id', '=', user.id).execute()).map((r) => r.department_id);
}

/** Editors with their names, for the admin page. */
export function listEditors(db: Kysely<Database>) {
  return db
    .selectFrom('register_editor')
    .innerJoin('user', 'user.id', 'register_editor.user_id')
    .select(['register_editor.department_id', 'register_editor.user_id', 'user.name', 'user.email'])
    .orderBy('user.name')
    .execute();
}

/** User ids of a department's editors (told of new comments on its entries). */
export async function editorIdsOf(db: Kysely<Database>, departmentId: string): Promise<string[]> {
  return (await db.selectFrom('register_editor').select('user_id').where('department_id', '=', departmentId).execute()).map((r) => r.user_id);
}

/** One sensor by id. */
export function findSensor(db: Kysely<Database>, id: string): Promise<SensorRow | undefined> {
  return db.selectFrom('register_sensor').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One algorithm by id. */
export function findAlgorithm(db: Kysely<Database>, id: string): Promise<AlgorithmRow | undefined> {
  return db.selectFrom('register_algorithm').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One entry of either kind. */
export function findEntry(db: Kysely<Database>, type: EntryType, id: string): Promise<EntryRow | undefined> {
  return type === 'sensor' ? findSensor(db, id) : findAlgorithm(db, id);
}

/** The filters residents can combine on the sensors list. */
export interface SensorFilters {
  q?: string;
  neighbourhood?: string;
  purpose?: string;
  personal?: 'yes' | 'no';
  status?: string;
}

// Vocabulary lists are JSON arrays of ids: matching the quoted id is exact and portable.
const quoted = (id: string) => `%${JSON.stringify(id)}%`;
const likeText = (q: string) => `%${q.toLowerCase().replace(/[%_\\]/g, '')}%`;

/** Sensors matching the filters, by name. */
export function listSensors(db: Kysely<Database>, f: SensorFilters = {}): Promise<SensorRow[]> {
  let query = db.selectFrom('register_sensor').selectAll();
  if (f.neighbourhood) query = query.where('neighbourhood_id', '=', f.neighbourhood);
  if (f.purpose) query = query.where('purposes', 'like', quoted(f.purpose));
  if (f.personal) query = query.where('personal_data', '=', f.personal === 'yes' ? 1 : 0);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.q) {
    const q = likeText(f.q);
    query = query.where((eb) => eb.or(['name_fr', 'name_en', 'description', 'address', 'vendor', 'detects'].map((col) => eb(eb.fn('lower', [eb.ref(col as 'name_fr')]), 'like', q))));
  }
  return query.orderBy('name_fr').orderBy('id').execute();
}

/** The filters residents can combine on the algorithms list. */
export interface AlgorithmFilters {
  q?: string;
  status?: string;
  risk?: string;
  autonomy?: string;
  personal?: 'yes' | 'no';
}

/** Algorithms matching the filters, by name. */
export function listAlgorithms(db: Kysely<Database>, f: AlgorithmFilters = {}): Promise<AlgorithmRow[]> {
  let query = db.selectFrom('register_algorithm').selectAll();
  if (f.status) query = query.where('status', '=', f.status);
  if (f.risk) query = query.where('risk_category', '=', f.risk);
  if (f.autonomy) query = query.where('autonomy', '=', f.autonomy);
  if (f.personal) query = query.where('uses_personal_data', '=', f.personal === 'yes' ? 1 : 0);
  if (f.q) {
    const q = likeText(f.q);
    query = query.where((eb) => eb.or(['name_fr', 'name_en', 'short_description', 'domain', 'goal'].map((col) => eb(eb.fn('lower', [eb.ref(col as 'name_fr')]), 'like', q))));
  }
  return query.orderBy('name_fr').orderBy('id').execute();
}

/** The history of one entry, newest first, with the editor's name (shown to admins only). */
export function listChanges(db: Kysely<Database>, type: EntryType, id: string) {
  return db
    .selectFrom('register_change')
    .leftJoin('user', 'user.id', 'register_change.user_id')
    .selectAll('register_change')
    .select('user.name as user_name')
    .where('entry_type', '=', type)
    .where('entry_id', '=', id)
    .orderBy('register_change.created_at', 'desc')
    .orderBy('register_change.id', 'desc')
    .execute();
}

/** The latest changes across both registers, for the Atom feed. */
export function recentChanges(db: Kysely<Database>, limit = 50): Promise<ChangeRow[]> {
  return db.selectFrom('register_change').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** Questions about one entry, oldest first. */
export function listQuestions(db: Kysely<Database>, type: EntryType, id: string): Promise<QuestionRow[]> {
  return db.selectFrom('register_question').selectAll().where('entry_type', '=', type).where('entry_id', '=', id).orderBy('created_at').orderBy('id').execute();
}

/** One question by id. */
export function findQuestion(db: Kysely<Database>, id: string): Promise<QuestionRow | undefined> {
  return db.selectFrom('register_question').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every question of both registers (the dashboard computes waiting times and the median from them). */
export function listAllQuestions(db: Kysely<Database>): Promise<QuestionRow[]> {
  return db.selectFrom('register_question').selectAll().orderBy('created_at').execute();
}

/** The register entry a question was asked about (its type and id), or undefined. */
export function findQuestionEntry(db: Kysely<Database>, questionId: string) {
  return db.selectFrom('register_question').select(['entry_type', 'entry_id']).where('id', '=', questionId).executeTakeFirst();
}
