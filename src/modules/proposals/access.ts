import { assertVisibleComponent, assertVisibleProcess } from '../processes/index.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { notFound, Refusal } from '../../platform/errors.ts';
import { isModerator } from '../../platform/session.ts';
import { refusalFor, type ProposalAction, type ProposalFacts, type ProposalRefusal, type RuleInput } from './policy.ts';
import { countSupportsInComponent, findProposal, hasSupported, loadComponentContext, type ComponentContext, type ProposalRow } from './queries.ts';

/** A proposal with its component context and the facts the rules read. */
export interface ProposalAccess {
  proposal: ProposalRow;
  context: ComponentContext;
  facts: ProposalFacts;
}

/** What to load beside the proposal: the process's neighbourhoods (forms need them), whether the viewer supports it. */
export interface AccessOptions {
  withNeighbourhoods?: boolean;
  /** False leaves `supportedByMe` false: supporting learns it from its own insert instead. */
  checkSupport?: boolean;
}

/** Loads a proposal for a viewer; 404 when it does not exist or its process is an unpublished draft (for non-admins). */
export async function loadProposalAccess(db: Kysely<Database>, id: string, user: CurrentUser | null, { withNeighbourhoods = false, checkSupport = true }: AccessOptions = {}): Promise<ProposalAccess> {
  const proposal = await findProposal(db, id);
  const context = proposal && (await loadComponentContext(db, proposal.component_id, { withNeighbourhoods }));
  if (!proposal || !context) throw notFound();
  assertVisibleProcess(context.detail.process, user);
  assertVisibleComponent(context.detail.process, context.component, user);
  const facts: ProposalFacts = {
    isAuthor: user !== null && proposal.author_user_id === user.id,
    withdrawn: proposal.withdrawn_at !== null,
    hidden: proposal.hidden_at !== null,
    createdAt: proposal.created_at,
    supportedByMe: checkSupport && user !== null && (await hasSupported(db, proposal.id, user.id)),
  };
  return { proposal, context, facts };
}

/** The rule input for a viewer in a component (counts their supports only when a limit applies). */
export async function ruleInput(db: Kysely<Database>, context: ComponentContext, user: CurrentUser | null, facts?: ProposalFacts): Promise<RuleInput> {
  const { settings } = context;
  const mine = user && settings.supportLimit > 0 ? await countSupportsInComponent(db, user.id, context.component.id) : 0;
  return { user, switches: settings.switches, editWindowHours: settings.editWindowHours, supportLimit: settings.supportLimit, mySupportsInComponent: mine, proposal: facts };
}

/** Returns the person allowed to act, or throws the refusal (its page explains it with `proposals.refusal.<code>`). */
export function assertAllowed(action: ProposalAction, input: RuleInput): CurrentUser {
  // Every action on proposals needs a resident, so an allowed action always has a person; the fallback keeps the type honest.
  const refusal = refusalFor(action, input) ?? (input.user ? null : ({ status: 401, code: 'sign_in_required' } as const));
  if (refusal || !input.user) throw proposalRefusal(refusal ?? { status: 401, code: 'sign_in_required' });
  return input.user;
}

/** A refusal as the error the app renders as an explained page. */
export const proposalRefusal = (refusal: ProposalRefusal): Refusal => new Refusal(refusal.status, refusal.code, `proposals.refusal.${refusal.code}`);

/** Hidden proposals are shown in full only to moderators (others see the moderation notice). */
export const seesHidden = (user: CurrentUser | null): boolean => isModerator(user);
