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
  const settings = { global: { ballotType: 'knapsack', rule: 'mes', allowChanges: true }, phases: phases[0] ? { [phases[0].id]: { votingEnabled: true } } : {} };
  await insertDemoBudget(db, {
    processId: process.id,
    component: { name_fr: 'Voter pour les projets', name_en: 'Vote for projects', position: 1, settings },
    budget: { title_fr: 'Budget participatif 2027', title_en: 'Participatory budget 2027', description_fr: 'Choisissez les projets que vous voulez voir réalisés, dans la limite du budget.', description_en: 'Choose the projects you want to see built, within the budget.', amount: 1_000_000, neighbourhood_id: null },
    projects: demoProjects,
  });
}

const tilleulsProjects: DemoProject[] = [
  { fr: 'Fontaine à boire place des Tilleuls', en: 'Drinking fountain on Tilleuls square', dfr: 'Une fontaine d’eau potable accessible, à l’ombre des arbres.', den: 'An accessible drinking fountain in the shade of the trees.', cost: 18_000, hood: 'les-tilleuls', category: 'santé' },
  { fr: 'Voiles d’ombrage rue du Marché', en: 'Shade sails on Market street', dfr: 'Des voiles tendues au-dessus du marché pendant l’été.', den: 'Sails stretched over the market in summer.', cost: 22_000, hood: 'les-tilleuls', category: 'nature' },
  { fr: 'Bancs et tables au square Colette', en: 'Benches and tables in Colette square', dfr: 'Six bancs et deux tables de pique-nique à l’ombre.', den: 'Six benches and two picnic tables in the shade.', cost: 12_000, hood: 'les-tilleuls', category: 'loisirs' },
];

/**
 * A small neighbourhood budget in the Tilleuls climate plan, open to vote now, kept for residents of
 * Les Tilleuls verified with the census file (the demo census: docs/verification.md gives a test identity).
 */
export async function seedVerifiedDemoBudget(db: Kysely<Database>, processSlug: string): Promise<void> {
  const process = await db.selectFrom('process').select('id').where('slug', '=', processSlug).executeTakeFirst();
  const hood = await db.selectFrom('neighbourhood').select('id').where('slug', '=', 'les-tilleuls').executeTakeFirst();
  if (!process || !hood) return;
  const today = new Date().toISOString().slice(0, 10);
  const phases = await db.selectFrom('phase').select(['id', 'starts_on', 'ends_on']).where('process_id', '=', process.id).execute();
  const current = phases.find((p) => p.starts_on <= today && today <= p.ends_on);
  const settings = {
    global: { ballotType: 'approval', minProjects: 1, maxProjects: 2, neighbourhoodResidentsOnly: false },
    phases: current ? { [current.id]: { votingEnabled: true } } : {},
    requirements: { vote: { method: 'census', neighbourhood: true } },
  };
  await insertDemoBudget(db, {
    processId: process.id,
    component: { name_fr: 'Mini-budget des Tilleuls (vote vérifié)', name_en: 'Les Tilleuls mini-budget (verified vote)', position: 5, settings },
    budget: { title_fr: 'Mini-budget climat des Tilleuls', title_en: 'Les Tilleuls climate mini-budget', description_fr: 'Réservé aux habitantes et habitants des Tilleuls vérifiés avec le fichier de recensement\u202f: choisissez un ou deux projets.', description_en: 'For residents of Les Tilleuls verified with the census file: choose one or two projects.', amount: 40_000, neighbourhood_id: hood.id },
    projects: tilleulsProjects,
  });
}

interface DemoBudget {
  processId: string;
  component: { name_fr: string; name_en: string; position: number; settings: object };
  budget: { title_fr: string; title_en: string; description_fr: string; description_en: string; amount: number; neighbourhood_id: string | null };
  projects: DemoProject[];
}

/** Writes one demo budget (its component, the budget in euros, its projects in order) in one transaction. */
async function insertDemoBudget(db: Kysely<Database>, demo: DemoBudget): Promise<void> {
  const hoodId = new Map((await db.selectFrom('neighbourhood').select(['id', 'slug']).execute()).map((h) => [h.slug, h.id]));
  const now = new Date().toISOString();
  const componentId = randomUUID();
  const budgetId = randomUUID();
  const { settings, ...component } = demo.component;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('component').values({ id: componentId, process_id: demo.processId, type: 'budgets', ...component, settings: JSON.stringify(settings), published: 1, created_at: now }).execute();
    await trx.insertInto('budget').values({ id: budgetId, component_id: componentId, ...demo.budget, currency: 'EUR', position: 1, created_at: now }).execute();
    for (const [i, p] of demo.projects.entries()) {
      await trx
        .insertInto('budget_project')
        .values({ id: randomUUID(), budget_id: budgetId, ref: String(i + 1), title_fr: p.fr, title_en: p.en, description_fr: p.dfr, description_en: p.den, cost: p.cost, neighbourhood_id: (p.hood && hoodId.get(p.hood)) ?? null, category: p.category, proposal_url: '', status: 'planned', progress: 0, position: i + 1, created_at: now })
        .execute();
    }
  });
}
