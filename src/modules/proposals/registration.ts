import { canSeeComponent } from '../processes/index.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { CommentableContext, CommentableDefinition } from '../comments/index.ts';
import type { ModeratableDefinition } from '../moderation/index.ts';
import { seesHidden } from './access.ts';
import { proposalsChanged } from './list-cache.ts';
import { findProposal, loadComponentContext, ownerUserIds, type ComponentContext, type ProposalRow } from './queries.ts';

// Why commenting is closed, in the order a reader would care about.
function closedReason(p: { hidden_at: string | null; withdrawn_at: string | null }, commentsEnabled: boolean): string | undefined {
  if (p.hidden_at) return 'proposals.refusal.proposal_hidden';
  if (p.withdrawn_at) return 'proposals.refusal.proposal_withdrawn';
  if (!commentsEnabled) return 'proposals.refusal.comments_closed';
  return undefined;
}

/** The commenting context of a proposal the caller has already loaded and may show to this viewer. */
export function proposalCommentContext(proposal: ProposalRow, context: ComponentContext, viewer: CurrentUser | null, owners: string[]): CommentableContext {
  const reason = closedReason(proposal, context.settings.switches.commentsEnabled);
  return {
    url: `/proposals/${proposal.id}`,
    title: proposal.hidden_at && !seesHidden(viewer) ? '' : proposal.title,
    open: reason === undefined,
    closedReasonKey: reason,
    ownerUserIds: owners,
    processId: proposal.process_id,
    stancesEnabled: true,
    flagThreshold: context.settings.flagThreshold,
  };
}

/** Proposals have their debate (comments with stances). */
export const proposalCommentable: CommentableDefinition = {
  type: 'proposal',
  async load(db, id, viewer) {
    const proposal = await findProposal(db, id);
    const context = proposal && (await loadComponentContext(db, proposal.component_id, { withNeighbourhoods: false }));
    if (!proposal || !context) return null;
    if (!canSeeComponent(context.detail.process, context.component, viewer)) return null;
    return proposalCommentContext(proposal, context, viewer, await ownerUserIds(db, proposal));
  },
};

/** Proposals can be flagged and hidden by moderation. */
export const proposalModeratable: ModeratableDefinition = {
  type: 'proposal',
  async load({ db }, id, viewer) {
    const proposal = await findProposal(db, id);
    const context = proposal && (await loadComponentContext(db, proposal.component_id, { withNeighbourhoods: false }));
    if (!proposal || !context || !canSeeComponent(context.detail.process, context.component, viewer)) return null;
    const shown = proposal.hidden_at === null || seesHidden(viewer);
    return {
      title: shown ? proposal.title : '',
      excerpt: shown ? proposal.body.slice(0, 280) : '',
      url: `/proposals/${id}`,
      processId: proposal.process_id,
      authorUserId: proposal.author_user_id,
      flagThreshold: context.settings.flagThreshold,
      hidden: proposal.hidden_at !== null,
    };
  },
  async setHidden(trx, id, hidden, publicReason) {
    await trx
      .updateTable('proposal')
      .set(hidden ? { hidden_at: new Date().toISOString(), hidden_reason: publicReason } : { hidden_at: null, hidden_reason: null })
      .where('id', '=', id)
      .execute();
    proposalsChanged();
  },
};
