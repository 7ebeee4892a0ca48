import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { translator } from '../../platform/i18n/index.ts';
import { validateValues } from '../../platform/form.ts';
import type { EntryType } from './fields.ts';
import { seedAlgorithms, seedDepartments, seedSensors } from './seed-data.ts';
import { saveEntry } from './service.ts';
import { entrySchema, type EntryInput } from './validation.ts';

const CHARTER_SLUG = 'charte-capteurs-urbains';

/** Fills the demo city's registers (departments, devices, algorithms, a few questions) through the same checks as the forms. */
export async function seedRegisters(db: Kysely<Database>, people: Record<string, string>): Promise<void> {
  const now = new Date().toISOString();
  const departmentIds: Record<string, string> = {};
  for (const d of seedDepartments) {
    departmentIds[d.key] = randomUUID();
    await db.insertInto('register_department').values({ id: departmentIds[d.key], name_fr: d.name_fr, name_en: d.name_en, organisation: 'Ville de Bellerive', email: d.email, created_at: now }).execute();
  }
  const hoods = new Map((await db.selectFrom('neighbourhood').select(['id', 'slug']).execute()).map((n) => [n.slug, n.id]));
  const charter = await db.selectFrom('process').select('id').where('slug', '=', CHARTER_SLUG).executeTakeFirst();
  const admin: CurrentUser = { id: people.admin, name: 'admin', email: '', emailVerified: true, role: 'admin', locale: 'fr' };
  const t = translator('fr');

  const save = async (type: EntryType, seed: Record<string, string | string[]>): Promise<string> => {
    const { dept, hood, linkCharter, review_in_days: reviewIn, ...values } = seed as Record<string, string>;
    const review_on = reviewIn ? new Date(Date.now() + Number(reviewIn) * 86_400_000).toISOString().slice(0, 10) : '';
    const form = { ...values, review_on, department_id: departmentIds[dept], neighbourhood_id: hood ? (hoods.get(hood) ?? '') : '', process_id: linkCharter && charter ? charter.id : '' };
    const parsed = validateValues(form, entrySchema(type), t);
    if (!parsed.ok) throw new Error(`demo register entry "${values.name_fr}" is invalid: ${JSON.stringify(parsed.errors)}`);
    const saved = await saveEntry(db, admin, type, null, parsed.data as EntryInput);
    if (!saved.ok) throw new Error(`demo register entry "${values.name_fr}" refused: ${JSON.stringify(saved.errors)}`);
    return saved.value.id;
  };
  const sensorIds = [];
  for (const s of seedSensors) sensorIds.push(await save('sensor', s));
  const algorithmIds = [];
  for (const a of seedAlgorithms) algorithmIds.push(await save('algorithm', a));

  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  await db
    .insertInto('register_question')
    .values([
      { id: randomUUID(), entry_type: 'sensor', entry_id: sensorIds[0], kind: 'question', body: 'La caméra filme-t-elle les fenêtres des logements autour de la place\u202f?', user_id: people.amina, created_at: daysAgo(12), answer: 'Non\u202f: un masquage numérique cache les façades\u202f; seules la place et la chaussée sont filmées.', answered_at: daysAgo(9), answered_by: people.admin, hidden_at: null, hidden_reason: null },
      { id: randomUUID(), entry_type: 'algorithm', entry_id: algorithmIds[1], kind: 'contest', body: 'Un score de fraude sur des aides sociales stigmatise les plus pauvres. Je conteste cette expérimentation.', user_id: people.louis, created_at: daysAgo(5), answer: null, answered_at: null, answered_by: null, hidden_at: null, hidden_reason: null },
    ])
    .execute();
}
