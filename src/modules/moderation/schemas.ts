import { z } from 'zod';
import { cleanPublicReason } from './public-reason.ts';
import { flagReasons } from './reasons.ts';

const resource = {
  resource_type: z.string().trim().min(1).max(50),
  resource_id: z.string().trim().min(1).max(100),
};

/** A flag: reason, and a few words when the reason is "other". */
export const flagSchema = z
  .object({
    ...resource,
    reason: z.enum(flagReasons),
    text: z.string().trim().max(500).default(''),
    return_to: z.string().max(500).default(''),
  })
  .refine((v) => v.reason !== 'other' || v.text.length > 0, { path: ['text'], message: 'moderation.errors.textRequired' });

/** Hiding: the reason shown publicly in place of the content. */
export const hideSchema = z.object({ ...resource, public_reason: z.string().transform(cleanPublicReason).pipe(z.string().min(3).max(300)), return_to: z.string().max(500).default('') });

/** Restoring or dismissing flags. */
export const restoreSchema = z.object({ ...resource, return_to: z.string().max(500).default('') });

/** Blocking a person for a number of days. */
export const blockSchema = z.object({
  user_id: z.string().trim().min(1).max(100),
  days: z.coerce.number().int().min(1).max(365),
  reason: z.string().trim().min(3).max(300),
});
