import { z } from 'zod';
import { MAX_COMMENT_LENGTH, stances } from './stances.ts';

const resource = {
  resource_type: z.string().trim().min(1).max(50),
  resource_id: z.string().trim().min(1).max(100),
};

// Line endings are normalised so the 2000-character limit counts what people see.
const body = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().min(1, 'comments.errors.empty').max(MAX_COMMENT_LENGTH, 'comments.errors.tooLong'));

/** A new comment or reply. */
export const newCommentSchema = z.object({
  ...resource,
  parent_id: z.string().trim().max(100).optional().transform((v) => (v ? v : null)),
  body,
  stance: z.enum(stances).optional(),
});

/** An edited comment's text. */
export const editCommentSchema = z.object({ ...resource, body });

/** An up or down vote. */
export const voteSchema = z.object({ ...resource, direction: z.enum(['up', 'down']) });

/** Only which resource the form came from (delete). */
export const resourceSchema = z.object(resource);
