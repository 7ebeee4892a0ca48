import type { Kysely, Selectable } from 'kysely';
import type { Database, ProposalAnswerTable, ProposalTable, ProposalVersionTable } from '../../db/schema.ts';
import { currentPhase, findProcessById, isClosed, listNeighbourhoods, listPhases, loadProcessDetail } from '../processes/index.ts';
import type { ComponentRow, NeighbourhoodRow, ProcessDetail } from '../processes/index.ts';
import { proposalSettings, type ProposalSettings } from './settings.ts';

type Db = Kysely<Database>;
export type ProposalRow = Selectable<ProposalTable>;

/** A proposals component with its process, current phase settings and the neighbourhoods proposals may name. */
export interface ComponentContext {
  detail: ProcessDetail;
  component: ComponentRow;
  settings: ProposalSettings;
  neighbourhoods: NeighbourhoodRow[];
}

/**
 * Loads a proposals component by id (undefined when there is none of that type). Actions on one proposal
 * (support, answer...) skip the neighbourhood list: only forms and statistics need it.
 */
export async function loadComponentContext(db: Db, componentId: string, { withNeighbourhoods = true }: { withNeighbourhoods?: boolean } = {}): Promise<ComponentContext | undefined> {
  const component = await db.selectFrom('component').selectAll().where('id', '=', componentId).where('type', '=', 'proposals').executeTakeFirst();
  if (!component) return undefined;
  const process = await findProcessById(db, component.process_id);
  if (!process) return undefined;
  if (withNeighbourhoods) return contextFromDetail(db, await loadProcessDetail(db, process), component);
  const phases = await listPhases(db, process.id);
  const detail: ProcessDetail = { process, phases, current: currentPhase(phases, process.manual_phase_id), closed: isClosed(phases, process.manual_phase_id), neighbourhoods: [], components: [] };
  return { detail, component, settings: proposalSettings(component, detail.current?.id ?? null), neighbourhoods: [] };
}

/** Builds the context when the process detail is already loaded (the component's public page). */
export async function contextFromDetail(db: Db, detail: ProcessDetail, component: ComponentRow): Promise<ComponentContext> {
  // A process scoped to some neighbourhoods offers only those; a city-wide one offers the city's list.
  const neighbourhoods = detail.neighbourhoods.length > 0 ? detail.neighbourhoods : await listNeighbourhoods(db);
  return { detail, component, settings: proposalSettings(component, detail.current?.id ?? null), neighbourhoods };
}

/** A proposal with what its page shows about its author and place. */
export interface ProposalView extends ProposalRow {
  author_name: string | null;
  author_deleted: number;
  org_name: string | null;
  org_slug: string | null;
  org_kind: string | null;
  neighbourhood_name_fr: string | null;
  neighbourhood_name_en: string | null;
}

/** Selects proposals joined with their author, organisation and neighbourhood names. */
export function proposalsWithNames(db: Db) {
  return db
    .selectFrom('proposal')
    .leftJoin('user as author', 'author.id', 'proposal.author_user_id')
    .leftJoin('organisation as org', 'org.id', 'proposal.author_org_id')
    .leftJoin('neighbourhood as hood', 'hood.id', 'proposal.neighbourhood_id')
    .selectAll('proposal')
    .select((eb) => [
      'author.name as author_name',
      eb.case().when('author.deletedAt', 'is not', null).then(1).else(0).end().as('author_deleted'),
      'org.name as org_name',
      'org.slug as org_slug',
      'org.kind as org_kind',
      'hood.name_fr as neighbourhood_name_fr',
      'hood.name_en as neighbourhood_name_en',
    ]);
}

/** One proposal with names, or undefined. */
export async function findProposalView(db: Db, id: string): Promise<ProposalView | undefined> {
  return (await proposalsWithNames(db).where('proposal.id', '=', id).executeTakeFirst()) as ProposalView | undefined;
}

/** One proposal row, or undefined. */
export function findProposal(db: Db, id: string): Promise<ProposalRow | undefined> {
  return db.selectFrom('proposal').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A co-author invitation with the invitee's shown name. */
export interface CoauthorView {
  id: string;
  user_id: string | null;
  organisation_id: string | null;
  status: string;
  user_name: string | null;
  org_name: string | null;
  org_slug: string | null;
  answered_by: string | null;
}

/** Every co-author invitation of a proposal, oldest first. */
export async function listCoauthors(db: Db, proposalId: string): Promise<CoauthorView[]> {
  return db
    .selectFrom('proposal_coauthor as pc')
    .leftJoin('user as u', 'u.id', 'pc.user_id')
    .leftJoin('organisation as o', 'o.id', 'pc.organisation_id')
    .select(['pc.id', 'pc.user_id', 'pc.organisation_id', 'pc.status', 'u.name as user_name', 'o.name as org_name', 'o.slug as org_slug', 'pc.answered_by'])
    .where('pc.proposal_id', '=', proposalId)
    .orderBy('pc.created_at')
    .execute();
}

/** Earlier versions of a proposal, newest first. */
export function listVersions(db: Db, proposalId: string): Promise<Selectable<ProposalVersionTable>[]> {
  return db.selectFrom('proposal_version').selectAll().where('proposal_id', '=', proposalId).orderBy('created_at', 'desc').execute();
}

/** Published answers of a proposal, oldest first (the status history). */
export function listAnswers(db: Db, proposalId: string): Promise<Selectable<ProposalAnswerTable>[]> {
  return db.selectFrom('proposal_answer').selectAll().where('proposal_id', '=', proposalId).orderBy('published_at').orderBy('id').execute();
}

/** Whether this person supports this proposal. */
export async function hasSupported(db: Db, proposalId: string, userId: string): Promise<boolean> {
  return (await db.selectFrom('proposal_support').select('user_id').where('proposal_id', '=', proposalId).where('user_id', '=', userId).executeTakeFirst()) !== undefined;
}

/** How many supports a person gave in a component (for the per-component limit). */
export async function countSupportsInComponent(db: Db, userId: string, componentId: string): Promise<number> {
  const row = await db.selectFrom('proposal_support').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('component_id', '=', componentId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** People who speak for a proposal: its author and the accepted co-authors (for an organisation, the member who accepted). */
export async function ownerUserIds(db: Db, proposal: Pick<ProposalRow, 'id' | 'author_user_id'>): Promise<string[]> {
  const rows = await db.selectFrom('proposal_coauthor').select(['user_id', 'answered_by', 'status']).where('proposal_id', '=', proposal.id).where('status', '=', 'accepted').execute();
  return ownersAmong(proposal, rows);
}

/** The owners of a proposal among its co-author invitations (already loaded by the caller). */
export function ownersAmong(proposal: Pick<ProposalRow, 'author_user_id'>, coauthors: Pick<CoauthorView, 'user_id' | 'answered_by' | 'status'>[]): string[] {
  const ids = new Set<string>();
  if (proposal.author_user_id) ids.add(proposal.author_user_id);
  for (const r of coauthors) {
    const id = r.status === 'accepted' ? (r.user_id ?? r.answered_by) : null;
    if (id) ids.add(id);
  }
  return [...ids];
}

/** Ids of every supporter of a proposal (notified of the city's answer). */
export async function supporterIds(db: Db, proposalId: string): Promise<string[]> {
  const rows = await db.selectFrom('proposal_support').select('user_id').where('proposal_id', '=', proposalId).execute();
  return rows.map((r) => r.user_id);
}

/** Ids of the city admins (alerted when a proposal reaches its threshold). */
export async function adminIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('user').select('id').where('role', '=', 'admin').where('deletedAt', 'is', null).execute();
  return rows.map((r) => r.id);
}

/** Proposals of a component whose answer is drafted but not yet published, oldest first. */
export function listDraftAnswers(db: Db, componentId: string) {
  return db.selectFrom('proposal').select(['id', 'title', 'draft_status', 'created_at']).where('component_id', '=', componentId).where('draft_status', 'is not', null).orderBy('created_at').execute();
}

/** Ids of a process's published proposals components. */
export async function publishedProposalComponentIds(db: Db, processId: string): Promise<string[]> {
  const rows = await db.selectFrom('component').select('id').where('process_id', '=', processId).where('type', '=', 'proposals').where('published', '=', 1).execute();
  return rows.map((r) => r.id);
}
