import { isModerator } from '../../platform/session.ts';
import type { ModeratableDefinition } from '../moderation/index.ts';
import { findComment } from './queries.ts';
import { findCommentable } from './registry.ts';

const DEFAULT_FLAG_THRESHOLD = 3;

/** Comments can be flagged like any resource; their hidden state lives on the comment row. */
export const commentModeratable: ModeratableDefinition = {
  type: 'comment',
  async load({ db, modules }, id, viewer) {
    const comment = await findComment(db, id);
    const def = comment && !comment.deleted_at ? findCommentable(modules, comment.resource_type) : undefined;
    // A comment is seen wherever its resource is: the resource's own access check decides.
    const context = comment && def ? await def.load(db, comment.resource_id, viewer) : null;
    if (!comment || !def || !context) return null;
    // The title goes into the public moderation log, so it is the title a visitor sees (none for a draft).
    const publicContext = viewer ? await def.load(db, comment.resource_id, null) : context;
    const shown = comment.hidden_at === null || isModerator(viewer);
    return {
      title: publicContext?.title || comment.resource_type,
      excerpt: shown ? comment.body.slice(0, 280) : '',
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
