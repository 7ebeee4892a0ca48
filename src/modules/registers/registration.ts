import type { CommentableDefinition } from '../comments/index.ts';
import type { ModeratableDefinition } from '../moderation/index.ts';
import { isModerator } from '../../platform/session.ts';
import { entryTypes } from './fields.ts';
import { entryName } from './present.ts';
import { editorIdsOf, findEntry, findQuestion } from './queries.ts';

/** Register entries have their debate: one commentable type per entry type (sensor, algorithm). */
export const registerCommentables: CommentableDefinition[] = entryTypes.map((type) => ({
    type,
    async load(db, id, viewer) {
      const entry = await findEntry(db, type, id);
      if (!entry) return null;
      return {
        url: `/registers/${type}s/${id}`,
        title: entryName(viewer?.locale ?? 'fr', entry),
        open: true,
        ownerUserIds: await editorIdsOf(db, entry.department_id),
        processId: entry.process_id,
        stancesEnabled: true,
      };
    },
}));

/** Questions are public text written by residents: they can be reported and hidden like comments. */
export const registerQuestionModeratable: ModeratableDefinition = {
  type: 'register_question',
  // Registers are public (no drafts); only a hidden question's words are kept from non-moderators.
  async load({ db }, id, viewer) {
    const question = await findQuestion(db, id);
    const type = question?.entry_type === 'algorithm' ? 'algorithm' : 'sensor';
    const entry = question && (await findEntry(db, type, question.entry_id));
    if (!question || !entry) return null;
    return {
      title: entryName('fr', entry),
      excerpt: question.hidden_at === null || isModerator(viewer) ? question.body.slice(0, 200) : '',
      url: `/registers/${type}s/${entry.id}#question-${id}`,
      processId: entry.process_id,
      authorUserId: question.user_id,
      flagThreshold: 3,
      hidden: question.hidden_at !== null,
    };
  },
  async setHidden(trx, id, hidden, publicReason) {
    await trx
      .updateTable('register_question')
      .set({ hidden_at: hidden ? new Date().toISOString() : null, hidden_reason: hidden ? publicReason : null })
      .where('id', '=', id)
      .execute();
  },
};
