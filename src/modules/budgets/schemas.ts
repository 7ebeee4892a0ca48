import { z } from 'zod';
import { checkLocationPair, locationFields } from '../geography/index.ts';

const optionalText = (max: number) => z.string().trim().max(max).default('');
// Checkboxes of one name: absent, one value or several.
const checkedList = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));
const money = z.coerce.number({ message: 'budgets.errors.amount' }).int('budgets.errors.amount').min(1, 'budgets.errors.amount').max(2_000_000_000, 'budgets.errors.amount');

/** The budget form: titles, amount and currency, and its scope (empty = the whole city). */
export const budgetSchema = z.object({
  title_fr: z.string().trim().min(1).max(160),
  title_en: optionalText(160),
  description_fr: optionalText(4_000),
  description_en: optionalText(4_000),
  amount: money,
  currency: z.string().trim().regex(/^[A-Z]{3}$/, 'budgets.errors.currency').default('EUR'),
  neighbourhood_id: optionalText(80),
});
export type BudgetInput = z.output<typeof budgetSchema>;

/** The project form; its images and documents are read by the attachments module, `proposals` are ids of proposals of the same process. */
export const projectSchema = z.object({
  title_fr: z.string().trim().min(1).max(200),
  title_en: optionalText(200),
  description_fr: optionalText(8_000),
  description_en: optionalText(8_000),
  cost: money,
  neighbourhood_id: optionalText(80),
  category: z.string().trim().max(80).regex(/^[^,;]*$/, 'budgets.errors.category').default(''),
  proposal_url: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).default(''),
  proposals: checkedList,
  ...locationFields,
}).superRefine(checkLocationPair);
export type ProjectInput = z.output<typeof projectSchema>;

export const projectStatuses = ['planned', 'in-progress', 'done', 'cancelled'] as const;

/** Follow-up of a funded project: status, progress and an optional public update. */
export const followUpSchema = z.object({
  status: z.enum(projectStatuses),
  progress: z.coerce.number().int().min(0).max(100),
  update_fr: optionalText(4_000),
  update_en: optionalText(4_000),
});
export type FollowUpInput = z.output<typeof followUpSchema>;

/**
 * The help-desk form: an account email, or the identifier and birth date read on the identity document
 * (they make the same keyed hash as the verification register, so the person cannot also vote online).
 */
export const paperVoterSchema = z
  .object({
    voter_email: z.string().trim().toLowerCase().max(200).default(''),
    identity_reference: z.string().trim().max(120).default(''),
    birth_date: z.string().trim().max(10).default(''),
    neighbourhood_id: optionalText(80),
  })
  .refine((v) => (v.voter_email === '') !== (v.identity_reference === ''), { path: ['voter_email'], message: 'budgets.paper.errors.oneIdentity' })
  .refine((v) => v.identity_reference === '' || v.birth_date !== '', { path: ['birth_date'], message: 'budgets.paper.errors.birthDate' });
export type PaperVoterInput = z.output<typeof paperVoterSchema>;
