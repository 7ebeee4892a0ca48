/**
 * Who may do what with proposals, as one pure function: the services gather the facts, this decides.
 * Kept free of I/O so the whole rule table is tested as a matrix (policy.test.ts).
 */
import type { CurrentUser } from '../../platform/context.ts';
import { permissionRefusal, type ComponentAction } from '../processes/index.ts';
import { proposalsSpec, type PhaseSwitches } from './settings.ts';

/** What the rules read from the component's spec: each action's permission and phase switch. */
export type ProposalsSpec = { actions: Record<keyof typeof proposalsSpec.actions, ComponentAction<keyof PhaseSwitches>> };

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

/** Everything people do with proposals, as the component's spec declares it (except reading). */
export type ProposalAction = Exclude<keyof typeof proposalsSpec.actions, 'read'>;

export type { PhaseSwitches };

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

/** Every reason an action on proposals can be refused; each has its message `proposals.refusal.<code>`. */
export const refusalCodes = [
  'sign_in_required',
  'email_unverified',
  'creation_closed',
  'not_author',
  'edit_window_over',
  'proposal_withdrawn',
  'proposal_hidden',
  'supports_closed',
  'already_supported',
  'not_supported',
  'support_limit_reached',
  'comments_closed',
  'admin_only',
  'moderator_only',
  'not_invitee',
  'invitation_answered',
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

/** A refusal: HTTP status and a code whose message is `proposals.refusal.<code>`. */
export interface ProposalRefusal {
  status: 401 | 403 | 409;
  code: RefusalCode;
}

const refuse = (status: ProposalRefusal['status'], code: RefusalCode): ProposalRefusal => ({ status, code });

// What a closed phase switch is called when it refuses an action.
const closedCode: Record<keyof PhaseSwitches, RefusalCode> = { creationEnabled: 'creation_closed', supportsEnabled: 'supports_closed', commentsEnabled: 'comments_closed' };

/** The spec's permission for the action, as a refusal (null when this person holds it). */
function permissionDenied(spec: ProposalsSpec, action: ProposalAction, user: CurrentUser | null): ProposalRefusal | null {
  const reason = permissionRefusal(user, spec.actions[action].permission);
  return reason ? refuse(reason === 'sign_in_required' ? 401 : 403, reason) : null;
}

/** The spec's phase switch for the action, as a refusal (null when the action needs none or it is on). */
function switchClosed(spec: ProposalsSpec, action: ProposalAction, switches: PhaseSwitches): ProposalRefusal | null {
  const key = spec.actions[action].enabledBy;
  return key && !switches[key] ? refuse(403, closedCode[key]) : null;
}

/** Whether the edit window of a proposal is still open at `now`. */
export function withinEditWindow(createdAt: string, hours: number, now: Date = new Date()): boolean {
  return now.getTime() <= new Date(createdAt).getTime() + hours * 3_600_000;
}

/**
 * Null when the action is allowed, otherwise the exact refusal (checked in a fixed order, first failure
 * wins). Who may act and which phase switch opens the action come from the component's spec.
 */
export function refusalFor(action: ProposalAction, input: RuleInput, spec: ProposalsSpec = proposalsSpec): ProposalRefusal | null {
  const { switches, proposal } = input;
  const denied = permissionDenied(spec, action, input.user);
  if (denied) return denied;
  // Without a proposal, the spec's permission and switch are the whole rule.
  if (action === 'create' || action === 'answer' || action === 'moderate') return switchClosed(spec, action, switches);
  if (!proposal) throw new Error(`Action ${action} needs a proposal`);
  const closed = switchClosed(spec, action, switches);
  switch (action) {
    case 'edit':
      if (!proposal.isAuthor) return refuse(403, 'not_author');
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      if (!withinEditWindow(proposal.createdAt, input.editWindowHours, input.now)) return refuse(403, 'edit_window_over');
      return closed;
    case 'withdraw':
    case 'invite':
      if (!proposal.isAuthor) return refuse(403, 'not_author');
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      return closed;
    case 'support':
      if (proposal.hidden) return refuse(403, 'proposal_hidden');
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      if (closed) return closed;
      if (proposal.supportedByMe) return refuse(409, 'already_supported');
      if (input.supportLimit > 0 && input.mySupportsInComponent >= input.supportLimit) return refuse(409, 'support_limit_reached');
      return null;
    case 'unsupport':
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      if (closed) return closed;
      if (!proposal.supportedByMe) return refuse(409, 'not_supported');
      return null;
    case 'comment':
      if (proposal.hidden) return refuse(403, 'proposal_hidden');
      if (proposal.withdrawn) return refuse(409, 'proposal_withdrawn');
      return closed;
  }
}
