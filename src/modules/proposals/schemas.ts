import { z } from 'zod';
import { checkLocationPair, locationFields } from '../geography/index.ts';
import { answerStatuses, proposalCategories, rationaleRequired } from './policy.ts';

const checkbox = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => v === 'on' || (Array.isArray(v) && v.includes('on')));

/** What a resident writes: title, body, category, neighbourhood ("city" = whole city), address, an optional place on the map. */
export const proposalInputSchema = z
  .object({
    title: z.string().trim().min(15).max(150),
    body: z.string().trim().min(30).max(10_000),
    category: z.enum(proposalCategories, { message: 'proposals.errors.category' }),
    neighbourhood: z.string().trim().min(1, { message: 'proposals.errors.neighbourhood' }).max(100),
    address: z.string().trim().max(200).default(''),
    // An optional place on the city's map: both coordinates or neither.
    ...locationFields,
    show_member_name: checkbox,
  })
  .superRefine(checkLocationPair);
export type ProposalInput = z.output<typeof proposalInputSchema>;

/** The city's answer: a status and a rationale, required for accepted and rejected; published now or kept as a draft. */
export const answerInputSchema = z
  .object({
    status: z.enum(answerStatuses, { message: 'proposals.errors.status' }),
    rationale: z.string().trim().max(5000).default(''),
    publish: checkbox,
  })
  .superRefine((v, ctx) => {
    if (rationaleRequired(v.status) && v.rationale === '') ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'proposals.errors.rationaleRequired' });
  });
export type AnswerInput = z.output<typeof answerInputSchema>;

/** A co-author to invite: a resident's email address or an organisation's address name (slug). */
export const inviteInputSchema = z.object({
  invitee: z.string().trim().min(2).max(200),
});

/** Which phase's drafted answers to publish ('' = all drafts of the component). */
export const bulkPublishSchema = z.object({ phase: z.string().trim().max(100).default('') });

/** Limits per person, so publishing and invitation mails cannot become a spam channel. */
export const proposalRateRules = {
  create: { name: 'proposal-create', limit: 30, windowSeconds: 3600 },
  invite: { name: 'proposal-invite', limit: 40, windowSeconds: 3600 },
};
