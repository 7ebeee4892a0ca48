import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { seededRandom } from '../../engines/opinion/index.ts';
import { normalizeStatement } from './participation.ts';

// Each statement with how three camps lean: +1 mostly agree, -1 mostly disagree, 0 split or pass.
// Camps: privacy first, safety and efficiency, environment and open data.
const statements: [string, number, number, number][] = [
  ['Chaque capteur doit porter un panneau lisible\u202f: ce qu’il mesure, pourquoi, et qui contacter.', 1, 1, 1],
  ['La reconnaissance faciale doit être interdite dans l’espace public de Bellerive.', 1, -1, 1],
  ['Plus de caméras sur les places rendrait le centre-ville plus sûr le soir.', -1, 1, 0],
  ['Il faut un capteur de qualité de l’air près de chaque école.', 1, 0, 1],
  ['Les mesures des capteurs doivent être publiées en données ouvertes, anonymisées (open data).', 1, 0, 1],
  ['Les capteurs de stationnement réduisent la circulation\u202f: il en faut davantage.', -1, 1, 1],
  ['Aucun nouveau capteur sans l’avis préalable d’un comité d’habitants.', 1, -1, 0],
  ['Les données brutes doivent être effacées au bout de 30 jours au plus.', 1, 0, 1],
  ['Compter les piétons par wifi ou Bluetooth, c’est de la surveillance déguisée.', 1, -1, -1],
  ['La ville devrait mesurer le bruit la nuit dans les rues animées.', 0, 1, 1],
  ['Les données ne doivent jamais être confiées à une entreprise qui les revend.', 1, 1, 1],
  ['Je préfère que cet argent aille aux bancs, aux arbres et aux toilettes publiques.', 1, -1, -1],
];
const campSizes = [26, 22, 16];

function syntheticVote(lean: number, random: () => number): number {
  const r = random();
  if (lean === 0) return r < 0.35 ? 1 : r < 0.7 ? -1 : 0;
  if (r < 0.82) return lean;
  return r < 0.92 ? 0 : -lean;
}

/**
 * Adds an opinion map to a demo process (by slug): the question on sensors in public space, twelve
 * seed statements and about 600 synthetic votes from three camps, open in the first phase. Does
 * nothing if the process is missing. The votes come from a fixed seed, so the demo is the same each time.
 */
export async function seedOpinionMap(db: Kysely<Database>, processSlug: string): Promise<void> {
  const process = await db.selectFrom('process').select('id').where('slug', '=', processSlug).executeTakeFirst();
  if (!process) return;
  const firstPhase = await db.selectFrom('phase').select(['id', 'starts_on']).where('process_id', '=', process.id).orderBy('position').executeTakeFirst();
  const componentId = randomUUID();
  const start = Date.parse(firstPhase?.starts_on ?? new Date().toISOString()) || Date.now();
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  const random = seededRandom(2026);
  await db.transaction().execute(async (trx) => {
    const settings = { global: {}, phases: firstPhase ? { [firstPhase.id]: { votingEnabled: true } } : {} };
    await trx
      .insertInto('component')
      .values({ id: componentId, process_id: process.id, type: 'opinion-map', name_fr: 'Carte d’opinion', name_en: 'Opinion map', position: 1, settings: JSON.stringify(settings), published: 1, created_at: at(0) })
      .execute();
    await trx
      .insertInto('opinion_map')
      .values({
        component_id: componentId,
        question_fr: 'Quels capteurs voulons-nous dans l’espace public, et à quelles conditions\u202f?',
        question_en: 'Which sensors do we want in public space, and on what terms?',
        context_fr: 'Bellerive compte déjà des capteurs de trafic, de bruit et de qualité de l’air. Avant d’en installer d’autres, la ville veut savoir ce qui fait consensus.',
        context_en: 'Bellerive already has traffic, noise and air-quality sensors. Before adding more, the city wants to know what people agree on.',
        moderation: 'post',
        max_length: 140,
        participation: 'pseudonymous',
        host_organisation_id: null,
        updated_at: at(0),
      })
      .execute();
    const ids = statements.map(() => randomUUID());
    await trx
      .insertInto('opinion_statement')
      .values(statements.map(([body], n) => ({ id: ids[n], map_id: componentId, number: n, body, normalized: normalizeStatement(body), author_participant_id: null, seed: 1, status: 'visible', created_at: at(n) })))
      .execute();
    let minute = 60;
    for (const [camp, size] of campSizes.entries()) {
      for (let i = 0; i < size; i++) {
        const participantId = randomUUID();
        // A pseudonymous participant whose cookie nobody holds: the key is a hash of a label, not of a token.
        const browserKey = createHash('sha256').update(`demo-participant-${camp}-${i}`).digest('hex');
        await trx.insertInto('opinion_participant').values({ id: participantId, map_id: componentId, user_id: null, browser_key: browserKey, created_at: at(minute) }).execute();
        const votes = statements
          .map(([, ...leans], s) => ({ s, skip: random() < 0.2, vote: syntheticVote(leans[camp], random) }))
          .filter((v) => !v.skip)
          .map((v) => ({ map_id: componentId, participant_id: participantId, statement_id: ids[v.s], vote: v.vote, voted_at: at(minute++) }));
        if (votes.length > 0) await trx.insertInto('opinion_vote').values(votes).execute();
      }
    }
  });
}
