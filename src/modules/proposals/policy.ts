/**
 * Who may do what with proposals, as one pure function: the services gather the facts, this decides.
 * Kept free of I/O so the whole rule table is tested as a matrix (policy.test.ts).
 */
import type { CurrentUser } from '../../platform/context.ts';

export const proposalCategories = ['economy', 'people', 'governance', 'mobility', 'environment', 'living'] as const;
export type ProposalCategory = (typeof proposalCategories)[number];

export const answerStatuses = ['evaluating', 'accepted', 'rejected', 'in_progress', 'done'] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

/** Public statuses a list can filter on: not answered yet, each answer, withdrawn. */
export const publicStatuses = ['published', ...answerStatuses, 'withdrawn'] as const;

/** Who is shown as author: a resident, or the kind of the organisation that published. */
export const authorKinds = ['resident', 'association', 'business', 'public_body', 'collective'] as const;

/** Answers whose rationale the city must write down. */
export const rationaleRequired = (status: string): boolean => status === 'accepted' || status === 'rejected';

export type ProposalAction = 'create' | 'edit' | 'withdraw' | 'invite' | 'support' | 'unsupport' | 'comment' | 'answer' | 'moderate';

/** Per-phase switches of the proposals component. */
export interface PhaseSwitches {
  creationEnabled: boolean;
  supportsEnabled: boolean;
  commentsEnabled: boolean;
}

/** What the rules need to know about one proposal and the viewer's relation to it. */
export interface ProposalFacts {
  isAuthor: boolean;
  withdrawn: boolean;
  hidden: boolean;
  createdAt: string;
  supportedByMe: boolean;
}

export interface RuleInput {
  user: CurrentUser | null;
  switches: PhaseSwitches;
  editWindowHours: number;
  supportLimit: number;
  mySupportsInComponent: number;
  proposal?: ProposalFacts;
  now?: Date;
}

/** A refusal: HTTP status and a code whose message is `proposals.refusal.<code>`. */
export interface Refusal {
  status: 401 | 403 | 409;
  code: string;
}

const refuse = (status: Refusal['status'], code: string): Refusal => ({ status, code });

/** Whether the edit window of a proposal is still open at `now`. */
export function withinEditWindow(createdAt: string, hours: number, now: Date = new Date()): boolean {
  return now.getTime() <= new Date(createdAt).getTime() + hours * 3_600_000;
}

/** Null when the action is allowed, otherwise the exact refusal (checked in a fixed order, first failure wins). */
export function refusalFor(action: ProposalAction, input: RuleInput): Refusal | null {
  const { user, switches, proposal } = input;
  if (!user) return refuse(401, 'sign_in_required');
  if (!user.emailVerified) return refuse(403, 'email_unverified');
  if (action === 'answer') return user.role === 'admin' ? null : refuse(403, 'admin_only');
  if (action === 'moderate') return user.role === 'admin' || user.role === 'moderator' ? null : refuse(403, 'moderator_only');
  if (action === 'create') return switches.creationEnabled ? null : refuse(403, 'creation_closed');
  if (!proposal) throw new Error(`Action ${action} needs a proposal`);
  switch (action) {
    case 'edit':
      if (!proposal.isAuthor) return refuse(403, 'not_author');
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      if (!withinEditWindow(proposal.createdAt, input.editWindowHours, input.now)) return refuse(403, 'edit_window_over');
      return null;
    case 'withdraw':
    case 'invite':
      if (!proposal.isAuthor) return refuse(403, 'not_author');
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      return null;
    case 'support':
      if (proposal.hidden) return refuse(403, 'proposal_hidden');
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      if (!switches.supportsEnabled) return refuse(403, 'supports_closed');
      if (proposal.supportedByMe) return refuse(409, 'already_supported');
      if (input.supportLimit > 0 && input.mySupportsInComponent >= input.supportLimit) return refuse(409, 'support_limit_reached');
      return null;
    case 'unsupport':
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      if (!switches.supportsEnabled) return refuse(403, 'supports_closed');
      if (!proposal.supportedByMe) return refuse(409, 'not_supported');
      return null;
    case 'comment':
      if (proposal.hidden) return refuse(403, 'proposal_hidden');
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      if (!switches.commentsEnabled) return refuse(403, 'comments_closed');
      return null;
  }
}
