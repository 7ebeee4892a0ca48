import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

interface DemoProject {
  fr: string;
  en: string;
  dfr: string;
  den: string;
  cost: number;
  /** Neighbourhood slug, or null for a city-wide project. */
  hood: string | null;
  category: string;
}

const demoProjects: DemoProject[] = [
  { fr: 'Îlot de fraîcheur place des Tilleuls', en: 'Cool island on Tilleuls square', dfr: 'Arbres, brumisateurs et sol perméable sur la place la plus chaude de la ville.', den: 'Trees, misters and permeable ground on the hottest square in town.', cost: 150_000, hood: 'les-tilleuls', category: 'nature' },
  { fr: 'Atelier vélo solidaire à la gare', en: 'Community bike workshop at the station', dfr: 'Un local pour réparer son vélo avec des bénévoles, et des arceaux couverts.', den: 'A place to repair your bike with volunteers, and covered bike racks.', cost: 110_000, hood: 'la-gare', category: 'mobilité' },
  { fr: 'Rénovation du ponton du Vieux-Port', en: 'Renovating the Old Harbour pontoon', dfr: 'Un ponton accessible aux fauteuils pour la baignade surveillée et les canoës.', den: 'A wheelchair-accessible pontoon for supervised swimming and canoes.', cost: 145_000, hood: 'vieux-port', category: 'loisirs' },
  { fr: 'Jardins partagés en bord de rivière', en: 'Shared gardens by the river', dfr: 'Trente parcelles, un récupérateur d’eau de pluie et un composteur collectif.', den: 'Thirty plots, a rainwater tank and a shared composter.', cost: 120_000, hood: 'bord-de-riviere', category: 'nature' },
  { fr: 'Éclairage sobre et sûr aux Hauts', en: 'Sober, safe lighting in The Heights', dfr: 'Des lampadaires LED à détection de présence sur les chemins piétons, sans caméra.', den: 'Presence-sensing LED lamps on footpaths, with no camera.', cost: 135_000, hood: 'les-hauts', category: 'sécurité' },
  { fr: 'Boîtes à livres et bancs dans chaque quartier', en: 'Book boxes and benches in every neighbourhood', dfr: 'Une boîte à livres et trois bancs par quartier, fabriqués par un chantier d’insertion.', den: 'One book box and three benches per neighbourhood, built by a work-integration project.', cost: 130_000, hood: null, category: 'culture' },
  { fr: 'Cour d’école oasis aux Hauts', en: 'Oasis schoolyard in The Heights', dfr: 'Débitumer la cour de l’école Jean-Moulin et l’ouvrir au quartier le week-end.', den: 'Removing the asphalt from the Jean-Moulin schoolyard and opening it to the neighbourhood at weekends.', cost: 150_000, hood: 'les-hauts', category: 'éducation' },
  { fr: 'Fontaines à boire le long des quais', en: 'Drinking fountains along the quays', dfr: 'Six fontaines d’eau potable entre le Vieux-Port et le pont de pierre.', den: 'Six drinking-water fountains between the Old Harbour and the stone bridge.', cost: 140_000, hood: 'vieux-port', category: 'santé' },
];

/**
 * Adds a budgets component to the demo participatory-budget process: one city-wide budget of
 * 1 000 000 € with eight projects across neighbourhoods, voting open during the process's last phase.
 */
export async function seedDemoBudgets(db: Kysely<Database>, processSlug: string): Promise<void> {
  const process = await db.selectFrom('process').select('id').where('slug', '=', processSlug).executeTakeFirst();
  if (!process) return;
  const phases = await db.selectFrom('phase').select('id').where('process_id', '=', process.id).orderBy('position', 'desc').execute();
  const hoods = await db.selectFrom('neighbourhood').select(['id', 'slug']).execute();
  const hoodId = new Map(hoods.map((h) => [h.slug, h.id]));
  const now = new Date().toISOString();
  const componentId = randomUUID();
  const budgetId = randomUUID();
  const settings = { global: { ballotType: 'knapsack', rule: 'mes', allowChanges: true }, phases: phases[0] ? { [phases[0].id]: { votingEnabled: true } } : {} };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('component')
      .values({ id: componentId, process_id: process.id, type: 'budgets', name_fr: 'Voter pour les projets', name_en: 'Vote for projects', position: 1, settings: JSON.stringify(settings), published: 1, created_at: now })
      .execute();
    await trx
      .insertInto('budget')
      .values({
        id: budgetId,
        component_id: componentId,
        title_fr: 'Budget participatif 2027',
        title_en: 'Participatory budget 2027',
        description_fr: 'Choisissez les projets que vous voulez voir réalisés, dans la limite du budget.',
        description_en: 'Choose the projects you want to see built, within the budget.',
        amount: 1_000_000,
        currency: 'EUR',
        neighbourhood_id: null,
        position: 1,
        created_at: now,
      })
      .execute();
    for (const [i, p] of demoProjects.entries()) {
      await trx
        .insertInto('budget_project')
        .values({ id: randomUUID(), budget_id: budgetId, ref: String(i + 1), title_fr: p.fr, title_en: p.en, description_fr: p.dfr, description_en: p.den, cost: p.cost, neighbourhood_id: (p.hood && hoodId.get(p.hood)) ?? null, category: p.category, proposal_url: '', status: 'planned', progress: 0, position: i + 1, created_at: now })
        .execute();
    }
  });
}
