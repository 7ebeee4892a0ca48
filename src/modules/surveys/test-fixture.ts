import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { neighbourhoods } from '../../seed/bellerive.ts';

/** A test survey: a published process with one phase running today and a survey component. */
export interface SurveyFixture {
  processSlug: string;
  processId: string;
  phaseId: string;
  componentId: string;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Bellerive's five neighbourhoods, unless they are there already. */
export async function ensureBelleriveNeighbourhoods(db: Kysely<Database>): Promise<void> {
  const existing = await db.selectFrom('neighbourhood').select('slug').execute();
  if (existing.some((n) => n.slug === neighbourhoods[0].slug)) return;
  await db.insertInto('neighbourhood').values(neighbourhoods.map((n, position) => ({ id: randomUUID(), slug: n.slug, name_fr: n.fr, name_en: n.en, position }))).execute();
}

/** Writes a survey component whose answers are open today (unless `open` is false), with these global settings. */
export async function createSurveyFixture(db: Kysely<Database>, options: { settings?: Record<string, unknown>; open?: boolean } = {}): Promise<SurveyFixture> {
  await ensureBelleriveNeighbourhoods(db);
  const now = new Date().toISOString();
  const [processId, phaseId, componentId] = [randomUUID(), randomUUID(), randomUUID()];
  const slug = `survey-${processId.slice(0, 8)}`;
  await db
    .insertInto('process')
    .values({ id: processId, slug, title_fr: 'Enquête test', title_en: 'Test survey', summary_fr: 'Test', summary_en: '', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now })
    .execute();
  await db.insertInto('phase').values({ id: phaseId, process_id: processId, position: 1, name_fr: 'Enquête', name_en: 'Survey', description_fr: '', description_en: '', starts_on: day(-5), ends_on: day(5) }).execute();
  const fixture = { processSlug: slug, processId, phaseId, componentId };
  await db.insertInto('component').values({ id: componentId, process_id: processId, type: 'survey', name_fr: 'Qualité de vie', name_en: 'Quality of life', position: 1, settings: '{}', published: 1, created_at: now }).execute();
  await setAnswering(db, fixture, options.open ?? true, options.settings ?? {});
  return fixture;
}

/** Opens or closes answering (the phase switch an admin ticks), with these global settings. */
export async function setAnswering(db: Kysely<Database>, f: SurveyFixture, open: boolean, settings: Record<string, unknown> = {}): Promise<void> {
  await db.updateTable('component').set({ settings: JSON.stringify({ global: settings, phases: { [f.phaseId]: { answersEnabled: open } } }) }).where('id', '=', f.componentId).execute();
}
