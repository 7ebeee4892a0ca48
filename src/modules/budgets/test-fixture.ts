import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Election } from '../../engines/budgeting/index.ts';
import type { TestContext } from '../../../test/support/app.ts';
import type { BudgetGlobalSettings } from './settings.ts';

/** What a test budget is made of: a published process with a running phase, a budgets component, one budget. */
export interface BudgetFixture {
  processSlug: string;
  componentId: string;
  phaseId: string;
  budgetId: string;
  hoods: { north: string; south: string };
  /** Project ids by reference ("1".."6"). */
  projects: Record<string, string>;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Projects of the test budget: [ref, cost, neighbourhood, category]; the budget is 100 000. */
export const fixtureProjects: [string, number, 'north' | 'south', string][] = [
  ['1', 40_000, 'north', 'nature'],
  ['2', 30_000, 'north', 'mobility'],
  ['3', 30_000, 'north', 'nature'],
  ['4', 35_000, 'south', 'culture'],
  ['5', 25_000, 'south', 'nature'],
  ['6', 20_000, 'south', 'mobility'],
];

/** Writes a budget with six projects in two neighbourhoods, voting open today unless `votingEnabled` is false. */
export async function createBudgetFixture(
  db: Kysely<Database>,
  options: { settings?: Partial<BudgetGlobalSettings>; votingEnabled?: boolean; budgetNeighbourhood?: 'north' | 'south' } = {},
): Promise<BudgetFixture> {
  const now = new Date().toISOString();
  const processId = randomUUID();
  const phaseId = randomUUID();
  const componentId = randomUUID();
  const budgetId = randomUUID();
  const suffix = processId.slice(0, 8);
  const hoods = { north: randomUUID(), south: randomUUID() };
  await db.insertInto('neighbourhood').values({ id: hoods.north, slug: `north-${suffix}`, name_fr: `Nord ${suffix}`, name_en: `North ${suffix}`, position: 1 }).execute();
  await db.insertInto('neighbourhood').values({ id: hoods.south, slug: `south-${suffix}`, name_fr: `Sud ${suffix}`, name_en: `South ${suffix}`, position: 2 }).execute();
  await db
    .insertInto('process')
    .values({ id: processId, slug: `pb-${suffix}`, title_fr: 'Budget participatif test', title_en: '', summary_fr: 'Test', summary_en: '', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now })
    .execute();
  await db.insertInto('phase').values({ id: phaseId, process_id: processId, position: 1, name_fr: 'Vote', name_en: 'Vote', description_fr: '', description_en: '', starts_on: day(-5), ends_on: day(5) }).execute();
  const settings = { global: options.settings ?? {}, phases: { [phaseId]: { votingEnabled: options.votingEnabled ?? true } } };
  await db.insertInto('component').values({ id: componentId, process_id: processId, type: 'budgets', name_fr: 'Budget', name_en: 'Budget', position: 1, settings: JSON.stringify(settings), published: 1, created_at: now }).execute();
  await db
    .insertInto('budget')
    .values({ id: budgetId, component_id: componentId, title_fr: 'Budget de la ville', title_en: 'City budget', description_fr: '', description_en: '', amount: 100_000, currency: 'EUR', neighbourhood_id: options.budgetNeighbourhood ? hoods[options.budgetNeighbourhood] : null, position: 1, created_at: now })
    .execute();
  const projects: Record<string, string> = {};
  for (const [ref, cost, hood, category] of fixtureProjects) {
    projects[ref] = randomUUID();
    await db
      .insertInto('budget_project')
      .values({ id: projects[ref], budget_id: budgetId, ref, title_fr: `Projet ${ref}`, title_en: `Project ${ref}`, description_fr: '', description_en: '', cost, neighbourhood_id: hoods[hood], category, proposal_url: '', status: 'planned', progress: 0, position: Number(ref), created_at: now })
      .execute();
  }
  return { processSlug: `pb-${suffix}`, componentId, phaseId, budgetId, hoods, projects };
}

/** Opens or closes voting by changing the phase setting, as an admin would on the component page. */
export async function setVoting(db: Kysely<Database>, f: BudgetFixture, open: boolean, settings: Partial<BudgetGlobalSettings> = {}): Promise<void> {
  await db.updateTable('component').set({ settings: JSON.stringify({ global: settings, phases: { [f.phaseId]: { votingEnabled: open } } }) }).where('id', '=', f.componentId).execute();
}

/** Every ballot of a budget, wherever it is (urn or pool), as parsed choices in a stable order. */
export async function storedBallots(db: Kysely<Database>, budgetId: string): Promise<unknown[]> {
  const urn = await db.selectFrom('budget_ballot').select('choices').where('budget_id', '=', budgetId).execute();
  const pool = await db.selectFrom('budget_ballot_pool').select('choices').where('budget_id', '=', budgetId).execute();
  return [...urn, ...pool].map((b) => b.choices).sort().map((c) => JSON.parse(c));
}

/** Casts a ballot as a new resident and returns their client, account and receipt token. */
export async function castAsNewResident(ctx: TestContext, budgetId: string, form: Record<string, string | string[]>) {
  const user = await ctx.createUser();
  const client = await ctx.client().signInAs(ctx, user);
  const res = await client.post(`/budgets/${budgetId}/ballot/cast`, form);
  if (res.status !== 303) throw new Error(`cast refused: ${res.status}`);
  const receipt = (await (await client.get(`/budgets/${budgetId}/ballot/receipt`)).text()).match(/[A-Z2-9]{4}(?:-[A-Z2-9]{4}){4}/)?.[0] ?? '';
  return { user, client, receipt };
}

/**
 * Gives a closed test budget the projects, amount and ballots of a Pabulib election (approval), the ballots
 * written straight into the urn as paper ballots are. For counts that take a while (the Warsaw file).
 */
export async function fillFromElection(db: Kysely<Database>, f: BudgetFixture, election: Election): Promise<void> {
  const now = new Date().toISOString();
  await db.deleteFrom('budget_project').where('budget_id', '=', f.budgetId).execute();
  await db.updateTable('budget').set({ amount: election.budget }).where('id', '=', f.budgetId).execute();
  const projects = election.projects.map((p, i) => ({ id: randomUUID(), budget_id: f.budgetId, ref: p.id, title_fr: p.name ?? p.id, title_en: '', description_fr: '', description_en: '', cost: p.cost, neighbourhood_id: null, category: p.category ?? '', proposal_url: '', status: 'planned', progress: 0, position: i + 1, created_at: now }));
  for (let i = 0; i < projects.length; i += 200) await db.insertInto('budget_project').values(projects.slice(i, i + 200)).execute();
  for (let i = 0; i < election.ballots.length; i += 500) {
    const rows = election.ballots.slice(i, i + 500).map((b) => ({ id: randomUUID(), budget_id: f.budgetId, choices: JSON.stringify(b), receipt_hash: null }));
    await db.insertInto('budget_ballot').values(rows).execute();
  }
}
