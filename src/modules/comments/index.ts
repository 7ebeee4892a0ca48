import { defineModule } from '../define-module.ts';
import { commentExportSections } from './account-export.ts';
import { registerCommentApi } from './api.ts';
import { commentsMessages } from './messages.ts';
import { commentModeratable } from './moderatable.ts';
import { commentRoutes } from './routes.tsx';

/** Debates under any commentable resource: comments with stances, replies, votes, moderation. */
export const commentsModule = defineModule({
  name: 'comments',
  routes: [{ path: '/comments', router: commentRoutes }],
  api: registerCommentApi,
  messages: commentsMessages,
  moderatables: [commentModeratable],
  exportSections: commentExportSections,
});

/** What other modules may use from comments: declare commentable resources, load and show a debate (one page at a time), count stances. */
export type { CommentableDefinition, CommentableContext } from './registry.ts';
export { loadCommentThread, type CommentThread, type CommentView, type KnownThreadInputs } from './thread.ts';
export { commentCountsByStance } from './queries.ts';
export { CommentsSection, type CommentsSectionProps } from './views/comments-section.tsx';
export { stances, type CommentSort, type Stance, type StanceCounts } from './stances.ts';
export { COMMENT_PAGE_PARAM, COMMENTS_PER_PAGE, parseCommentListing, type CommentListing } from './listing.ts';
