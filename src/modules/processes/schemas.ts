import { z } from 'zod';

const optionalText = (max: number) => z.string().trim().max(max).default('');
const list = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** The process form (the hero image file is read separately). */
export const processSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'processes.errors.slugFormat'),
  title_fr: z.string().trim().min(1).max(160),
  title_en: optionalText(160),
  summary_fr: z.string().trim().min(1).max(500),
  summary_en: optionalText(500),
  body_fr: optionalText(20_000),
  body_en: optionalText(20_000),
  scope: z.enum(['city', 'neighbourhoods']),
  neighbourhoods: list,
  hero_alt_fr: optionalText(200),
  hero_alt_en: optionalText(200),
  remove_hero: z.literal('on').optional(),
});
export type ProcessInput = z.output<typeof processSchema>;

/** The phase form; the end may not come before the start. */
export const phaseSchema = z
  .object({
    name_fr: z.string().trim().min(1).max(120),
    name_en: optionalText(120),
    description_fr: optionalText(2_000),
    description_en: optionalText(2_000),
    starts_on: z.iso.date(),
    ends_on: z.iso.date(),
  })
  .refine((p) => p.ends_on >= p.starts_on, { path: ['ends_on'], message: 'processes.errors.endBeforeStart' });
export type PhaseInput = z.output<typeof phaseSchema>;

/** Adding a component: its type (one of the registered ones, checked by the service) and its name. */
export const newComponentSchema = z.object({
  type: z.string().trim().min(1).max(60),
  name_fr: z.string().trim().min(1).max(120),
  name_en: optionalText(120),
});
export type NewComponentInput = z.output<typeof newComponentSchema>;

/** The names of a component, edited with its settings. */
export const componentNamesSchema = z.object({
  name_fr: z.string().trim().min(1).max(120),
  name_en: optionalText(120),
});
export type ComponentNamesInput = z.output<typeof componentNamesSchema>;

/**
 * The current-phase form's value for "follow the dates". Not an empty string: a required select whose
 * chosen option is empty counts as unanswered, and browsers then refuse to send the form.
 */
export const FOLLOW_DATES = 'dates';
