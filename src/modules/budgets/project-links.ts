import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** A proposal as a budget project shows or offers it: its id and title. */
export interface ProposalLink {
  id: string;
  title: string;
}

// The proposals module does not export a lookup by process, so this reads the `proposal` table
// directly, through its component (a proposal belongs to a process via its component).

/** The proposals of a process an admin may link a project to, oldest first (admins see hidden ones too). */
export function listProcessProposals(db: Kysely<Database>, processId: string): Promise<ProposalLink[]> {
  return db
    .selectFrom('proposal')
    .innerJoin('component', 'component.id', 'proposal.component_id')
    .select(['proposal.id', 'proposal.title'])
    .where('component.process_id', '=', processId)
    .orderBy('proposal.created_at')
    .orderBy('proposal.id')
    .execute();
}

/** The ids of the proposals a project is linked to. */
export async function linkedProposalIds(db: Kysely<Database>, projectId: string): Promise<string[]> {
  const rows = await db.selectFrom('budget_project_proposal').select('proposal_id').where('project_id', '=', projectId).execute();
  return rows.map((r) => r.proposal_id);
}

/** The proposals a project comes from, as the public may see them (hidden ones left out). */
export function listLinkedProposals(db: Kysely<Database>, projectId: string): Promise<ProposalLink[]> {
  return db
    .selectFrom('budget_project_proposal')
    .innerJoin('proposal', 'proposal.id', 'budget_project_proposal.proposal_id')
    .select(['proposal.id', 'proposal.title'])
    .where('budget_project_proposal.project_id', '=', projectId)
    .where('proposal.hidden_at', 'is', null)
    .orderBy('proposal.created_at')
    .execute();
}

/** Of the given proposal ids, those that belong to the process (to refuse links to other processes). */
export async function proposalsOfProcess(db: Kysely<Database>, processId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('proposal')
    .innerJoin('component', 'component.id', 'proposal.component_id')
    .select('proposal.id')
    .where('component.process_id', '=', processId)
    .where('proposal.id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The visible proposals of several projects at once (one query), by project id. */
export async function linkedProposalsByProject(db: Kysely<Database>, projectIds: string[]): Promise<Map<string, ProposalLink[]>> {
  const byProject = new Map<string, ProposalLink[]>();
  if (projectIds.length === 0) return byProject;
  const rows = await db
    .selectFrom('budget_project_proposal')
    .innerJoin('proposal', 'proposal.id', 'budget_project_proposal.proposal_id')
    .select(['budget_project_proposal.project_id', 'proposal.id', 'proposal.title'])
    .where('budget_project_proposal.project_id', 'in', projectIds)
    .where('proposal.hidden_at', 'is', null)
    .orderBy('proposal.created_at')
    .execute();
  for (const r of rows) byProject.set(r.project_id, [...(byProject.get(r.project_id) ?? []), { id: r.id, title: r.title }]);
  return byProject;
}
