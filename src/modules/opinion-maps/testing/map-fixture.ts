import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Test setup: a published process with one current phase and an opinion-map component (open or not); returns ids. */
export async function createMapFixture(db: Kysely<Database>, options: { open?: boolean; participation?: 'account' | 'pseudonymous'; moderation?: 'post' | 'pre'; host?: string | null } = {}) {
  const processId = randomUUID();
  const phaseId = randomUUID();
  const componentId = randomUUID();
  const now = new Date().toISOString();
  const slug = `carte-${processId.slice(0, 8)}`;
  await db
    .insertInto('process')
    .values({ id: processId, slug, title_fr: 'Capteurs', title_en: 'Sensors', summary_fr: 'Résumé', summary_en: 'Summary', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, manual_phase_id: null, hero_alt_fr: '', hero_alt_en: '', created_at: now, updated_at: now })
    .execute();
  await db.insertInto('phase').values({ id: phaseId, process_id: processId, position: 0, name_fr: 'Consultation', name_en: 'Consultation', description_fr: '', description_en: '', starts_on: isoDay(-5), ends_on: isoDay(5) }).execute();
  const settings = { global: {}, phases: { [phaseId]: { votingEnabled: options.open ?? true } } };
  await db
    .insertInto('component')
    .values({ id: componentId, process_id: processId, type: 'opinion-map', name_fr: 'Carte d’opinion', name_en: 'Opinion map', position: 1, settings: JSON.stringify(settings), published: 1, created_at: now })
    .execute();
  await db
    .insertInto('opinion_map')
    .values({
      component_id: componentId,
      question_fr: 'Quels capteurs dans l’espace public ?',
      question_en: 'Which sensors in public space?',
      context_fr: 'Contexte de la consultation.',
      context_en: 'Context of the consultation.',
      moderation: options.moderation ?? 'post',
      max_length: 140,
      participation: options.participation ?? 'pseudonymous',
      host_organisation_id: options.host ?? null,
      updated_at: now,
    })
    .execute();
  return { processId, phaseId, componentId, slug, url: `/processes/${slug}/c/${componentId}` };
}

/** Closes or opens voting in the fixture's phase. */
export async function setVoting(db: Kysely<Database>, componentId: string, phaseId: string, open: boolean): Promise<void> {
  await db.updateTable('component').set({ settings: JSON.stringify({ global: {}, phases: { [phaseId]: { votingEnabled: open } } }) }).where('id', '=', componentId).execute();
}
