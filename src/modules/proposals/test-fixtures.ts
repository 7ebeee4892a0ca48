/** Builds a process with a proposals component for tests (not a test file itself). */
import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../../test/support/app.ts';

export interface ProposalsFixture {
  processId: string;
  slug: string;
  componentId: string;
  phaseId: string;
  hoods: string[];
  base: string;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A published process whose current phase has the given switches, and a proposals component with these global settings. */
export async function createProposalsFixture(
  ctx: TestContext,
  phase: Partial<{ creationEnabled: boolean; supportsEnabled: boolean; commentsEnabled: boolean }> = { creationEnabled: true, supportsEnabled: true, commentsEnabled: true },
  global: Record<string, unknown> = {},
): Promise<ProposalsFixture> {
  const { db } = ctx.deps;
  const now = new Date().toISOString();
  const processId = randomUUID();
  const slug = `plan-${processId.slice(0, 8)}`;
  const hoods = [randomUUID(), randomUUID()];
  for (const [i, id] of hoods.entries()) {
    await db.insertInto('neighbourhood').values({ id, slug: `hood-${id.slice(0, 8)}`, name_fr: `Quartier ${i + 1}`, name_en: `District ${i + 1}`, position: i }).execute();
  }
  await db
    .insertInto('process')
    .values({ id: processId, slug, title_fr: 'Plan climat', title_en: 'Climate plan', summary_fr: '', summary_en: '', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now })
    .execute();
  const phaseId = randomUUID();
  await db.insertInto('phase').values({ id: phaseId, process_id: processId, position: 0, name_fr: 'Propositions', name_en: 'Proposals', description_fr: '', description_en: '', starts_on: day(-5), ends_on: day(20) }).execute();
  const componentId = randomUUID();
  await db
    .insertInto('component')
    .values({ id: componentId, process_id: processId, type: 'proposals', name_fr: 'Propositions', name_en: 'Proposals', position: 0, settings: JSON.stringify({ global, phases: { [phaseId]: phase } }), published: 1, created_at: now })
    .execute();
  return { processId, slug, componentId, phaseId, hoods, base: `/processes/${slug}/c/${componentId}` };
}

/** Changes the current phase's switches (and global settings) of the fixture's component. */
export async function setSwitches(ctx: TestContext, f: ProposalsFixture, phase: Record<string, boolean>, global: Record<string, unknown> = {}): Promise<void> {
  await ctx.deps.db.updateTable('component').set({ settings: JSON.stringify({ global, phases: { [f.phaseId]: phase } }) }).where('id', '=', f.componentId).execute();
}

/** An organisation with one member. */
export async function createOrganisation(ctx: TestContext, memberId: string, kind = 'association'): Promise<{ id: string; slug: string; name: string }> {
  const id = randomUUID();
  const slug = `org-${id.slice(0, 8)}`;
  const name = `Association ${id.slice(0, 4)}`;
  const now = new Date().toISOString();
  await ctx.deps.db.insertInto('organisation').values({ id, slug, name, kind, description: '', website: null, neighbourhood_id: null, verified: 1, created_by: memberId, created_at: now }).execute();
  await ctx.deps.db.insertInto('organisation_member').values({ organisation_id: id, user_id: memberId, role: 'owner', listed: 1, created_at: now }).execute();
  return { id, slug, name };
}

/** A valid proposal form. */
export const validProposal = (neighbourhood = 'city') => ({
  title: 'Des arbres dans la cour de l’école des Tilleuls',
  body: 'Planter une dizaine d’arbres pour faire de l’ombre pendant les canicules et désimperméabiliser la cour.',
  category: 'environment',
  neighbourhood,
  address: 'Rue des Tilleuls',
});

/** The id at the end of a `/proposals/<id>` redirect. */
export function proposalIdFrom(res: Response): string {
  const location = res.headers.get('location') ?? '';
  const match = /^\/proposals\/([\w-]+)$/.exec(location);
  if (!match) throw new Error(`Expected a redirect to a proposal, got ${res.status} ${location}`);
  return match[1];
}

/** Inserts a proposal directly (no rate limit, no HTTP), for tests that need many. */
export async function insertProposal(ctx: TestContext, f: ProposalsFixture, authorId: string, createdAt = new Date().toISOString()): Promise<string> {
  const id = randomUUID();
  const p = validProposal();
  await ctx.deps.db
    .insertInto('proposal')
    .values({ id, component_id: f.componentId, process_id: f.processId, title: p.title, body: p.body, category: p.category, neighbourhood_id: null, address: '', author_user_id: authorId, author_org_id: null, show_member_name: 0, supports_count: 0, threshold_reached_at: null, answer_status: null, answer_text: '', answered_at: null, draft_status: null, draft_text: '', withdrawn_at: null, hidden_at: null, hidden_reason: null, edited_at: null, shuffle_key: 7, created_at: createdAt })
    .execute();
  return id;
}
