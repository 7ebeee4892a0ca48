import { z } from 'zod';
import { memberRoles, organisationKinds } from './policy.ts';

// Browsers send empty fields as ''; an empty optional field means "none".
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const checkbox = z.preprocess((v) => v === 'on' || v === '1' || v === 'true', z.boolean());

/** What a person types to create or edit an organisation. */
export const organisationSchema = z.object({
  // Two checks so an empty name says "required" and a one-letter name says "too short".
  name: z.string().trim().min(1).min(2).max(120),
  kind: z.enum(organisationKinds),
  description: z.preprocess((v) => v ?? '', z.string().trim().max(5000)),
  // The language the description is written in; left out or '' means "not said" (nothing is marked).
  descriptionLanguage: z.preprocess(blankToUndefined, z.enum(['fr', 'en']).optional()),
  website: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(300).optional()),
  neighbourhoodId: z.preprocess(blankToUndefined, z.string().max(100).optional()),
});
export type OrganisationInput = z.infer<typeof organisationSchema>;

/** The creation form adds the creator's own listing choice. */
export const creationSchema = organisationSchema.extend({ listed: checkbox });
export type CreationInput = z.infer<typeof creationSchema>;

/** An invitation: an email and the role offered. */
export const invitationSchema = z.object({
  email: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.email().max(254)),
  role: z.enum(memberRoles),
});
export type InvitationInput = z.infer<typeof invitationSchema>;

/** Accepting an invitation carries the new member's listing choice. */
export const acceptSchema = z.object({ listed: checkbox });

/** A member's new role. */
export const roleSchema = z.object({ role: z.enum(memberRoles) });

/** A member's listing choice ("1" shows the name on the public page, "0" hides it). */
export const listingSchema = z.object({ listed: z.enum(['0', '1']).transform((v) => v === '1') });

/** Filters of the public list; unknown values are ignored rather than refused. */
export const listFilterSchema = z.object({
  kind: z.preprocess(blankToUndefined, z.enum(organisationKinds).optional()).catch(undefined),
  neighbourhood: z.preprocess(blankToUndefined, z.string().max(100).optional()).catch(undefined),
});
