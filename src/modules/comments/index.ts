/** What other modules may use from comments: declare commentable resources, load and show a debate, count stances. */
export { registerCommentable, type CommentableDefinition, type CommentableContext } from './registry.ts';
export { loadCommentThread, type CommentThread, type CommentView, type KnownThreadInputs } from './thread.ts';
export { commentCountsByStance } from './queries.ts';
export { CommentsSection, type CommentsSectionProps } from './views/comments-section.tsx';
export { COMMENT_SORT_PARAM, parseCommentSort, stances, type CommentSort, type Stance, type StanceCounts } from './stances.ts';
import './moderatable.ts';
export { registerCommentApi } from './api.ts';
