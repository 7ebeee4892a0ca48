/** Declares register entries to the comments module, so each sensor and algorithm has its debate. */
import { registerCommentable } from '../comments/index.ts';
import { entryTypes } from './fields.ts';
import { entryName } from './present.ts';
import { editorIdsOf, findEntry } from './queries.ts';

for (const type of entryTypes) {
  registerCommentable({
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
  });
}
