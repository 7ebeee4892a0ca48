import { z } from 'zod';
import { dimensions } from '../../engines/indicators/index.ts';

// Giffinger's six dimensions, the same list the indicators module's city profile uses.
export { dimensions };
export const initiativeStatuses = ['planned', 'running', 'done', 'stopped'] as const;
export const linkKinds = ['sensor', 'algorithm', 'process', 'budget-project'] as const;
export type LinkKind = (typeof linkKinds)[number];

/** Form field holding the chosen targets of one link kind. */
export const linkField = (kind: LinkKind) => `link_${kind.replace('-', '_')}`;

// A form sends one value as a string and several as an array; none at all as nothing.
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(200));
const optionalDate = z.union([z.literal(''), z.iso.date()]).transform((v) => (v === '' ? null : v));
const id = z.string().min(1).max(100);

/** One initiative as the form sends it; the checks against the database (ids that exist) come after. */
export const initiativeInput = z
  .object({
    title_fr: z.string().trim().min(1).max(200),
    title_en: z.string().trim().min(1).max(200),
    description_fr: z.string().trim().min(1).max(5000),
    description_en: z.string().trim().min(1).max(5000),
    scope: z.enum(['city', 'neighbourhoods']),
    neighbourhoods: list(id),
    budget: z.string().trim().regex(/^\d{1,12}$/, 'compass.form.budgetInvalid').transform(Number),
    starts_on: optionalDate,
    ends_on: optionalDate,
    status: z.enum(initiativeStatuses),
    dimensions: list(z.enum(dimensions)),
    link_sensor: list(id),
    link_algorithm: list(id),
    link_process: list(id),
    link_budget_project: list(id),
  })
  .superRefine((v, ctx) => {
    if (v.scope === 'neighbourhoods' && v.neighbourhoods.length === 0) ctx.addIssue({ code: 'custom', path: ['neighbourhoods'], message: 'compass.form.neighbourhoodsRequired' });
    if (v.starts_on && v.ends_on && v.ends_on < v.starts_on) ctx.addIssue({ code: 'custom', path: ['ends_on'], message: 'compass.form.endsBeforeStart' });
  });

export type InitiativeInput = z.output<typeof initiativeInput>;

/** The links of an input, by kind. */
export function linksOf(input: InitiativeInput): { kind: LinkKind; targetId: string }[] {
  const byKind: Record<LinkKind, string[]> = { sensor: input.link_sensor, algorithm: input.link_algorithm, process: input.link_process, 'budget-project': input.link_budget_project };
  return linkKinds.flatMap((kind) => [...new Set(byKind[kind])].map((targetId) => ({ kind, targetId })));
}
