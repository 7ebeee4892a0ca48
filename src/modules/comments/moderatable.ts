import type { ModeratableDefinition } from '../moderation/index.ts';
import { findComment } from './queries.ts';
import { findCommentable } from './registry.ts';

const DEFAULT_FLAG_THRESHOLD = 3;

/** Comments can be flagged like any resource; their hidden state lives on the comment row. */
export const commentModeratable: ModeratableDefinition = {
  type: 'comment',
  async load({ db, modules }, id) {
    const comment = await findComment(db, id);
    if (!comment || comment.deleted_at) return null;
    // Seen as a visitor would: moderation only needs the resource's public title, link and process.
    const context = await findCommentable(modules, comment.resource_type)?.load(db, comment.resource_id, null);
    return {
      title: context?.title || comment.resource_type,
      excerpt: comment.body.slice(0, 280),
      url: `/comments/${comment.id}`,
      processId: context?.processId ?? null,
      authorUserId: comment.author_user_id,
      flagThreshold: context?.flagThreshold ?? DEFAULT_FLAG_THRESHOLD,
      hidden: comment.hidden_at !== null,
    };
  },
  async setHidden(trx, id, hidden, publicReason) {
    await trx
      .updateTable('comment')
      .set(hidden ? { hidden_at: new Date().toISOString(), hidden_reason: publicReason } : { hidden_at: null, hidden_reason: null })
      .where('id', '=', id)
      .execute();
  },
};
