import { z } from 'zod';
import { questionKinds, type Condition, type Labelled, type Question } from './questions.ts';

/** Reads "French | English" lines (English optional) into labelled entries keyed o1, o2… (or kept keys). */
export function readLines(text: string, keyPrefix: string, keep: readonly Labelled[] = []): Labelled[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const [fr, en] = line.split('|').map((part) => part.trim());
      return { key: keep[i]?.key ?? `${keyPrefix}${i + 1}`, fr, en: en || fr };
    });
}

/** Writes labelled entries back as "French | English" lines for the form. */
export const writeLines = (list: readonly Labelled[]) => list.map((l) => (l.en && l.en !== l.fr ? `${l.fr} | ${l.en}` : l.fr)).join('\n');

const checkbox = z.union([z.literal('on'), z.literal('')]).default('').transform((v) => v === 'on');
const lines = (max: number) => z.string().max(4000).default('').refine((v) => v.split(/\r?\n/).filter((l) => l.trim()).length <= max, { message: 'surveys.manage.tooManyLines' });

/** The question form as posted (one schema for adding and for changing a question). */
export const questionSchema = z
  .object({
    kind: z.enum(questionKinds),
    title_fr: z.string().trim().min(1).max(300),
    title_en: z.string().trim().max(300).default(''),
    help_fr: z.string().trim().max(600).default(''),
    help_en: z.string().trim().max(600).default(''),
    required: checkbox,
    options: lines(30),
    items: lines(20),
    scale_labels: lines(5),
    condition: z.string().max(200).default(''),
    page_break: checkbox,
    indicator: z.string().max(64).default(''),
  })
  .superRefine((v, ctx) => {
    const count = v.options.split(/\r?\n/).filter((l) => l.trim()).length;
    if ((v.kind === 'single' || v.kind === 'multiple') && count < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'surveys.manage.needOptions' });
    if (v.kind === 'matrix' && v.items.split(/\r?\n/).filter((l) => l.trim()).length < 1) ctx.addIssue({ code: 'custom', path: ['items'], message: 'surveys.manage.needItems' });
    const labels = v.scale_labels.split(/\r?\n/).filter((l) => l.trim()).length;
    if (labels !== 0 && labels !== 5) ctx.addIssue({ code: 'custom', path: ['scale_labels'], message: 'surveys.manage.fiveLabels' });
    if (v.indicator && v.kind !== 'scale') ctx.addIssue({ code: 'custom', path: ['indicator'], message: 'surveys.manage.indicatorScaleOnly' });
  });

export type QuestionInput = z.output<typeof questionSchema>;

/** A condition as the form's select writes it: `<question id>|<op>|<value>`. */
export const conditionValue = (c: Condition) => `${c.question}|${c.op}|${c.value}`;

/** The conditions a question may use: one per answer of each earlier question that has fixed answers. */
export function conditionChoices(earlier: readonly Question[], neighbourhoods: readonly { key: string; label: string }[]): { condition: Condition; question: Question; label: { fr: string; en: string } }[] {
  const out: { condition: Condition; question: Question; label: { fr: string; en: string } }[] = [];
  for (const q of earlier) {
    if (q.kind === 'single' || q.kind === 'multiple') {
      const op = q.kind === 'single' ? 'equals' : 'includes';
      for (const o of q.options) out.push({ condition: { question: q.id, op, value: o.key }, question: q, label: { fr: `= ${o.fr}`, en: `= ${o.en}` } });
    } else if (q.kind === 'neighbourhood') {
      for (const n of neighbourhoods) out.push({ condition: { question: q.id, op: 'equals', value: n.key }, question: q, label: { fr: `= ${n.label}`, en: `= ${n.label}` } });
    } else if (q.kind === 'scale') {
      for (const v of ['2', '3', '4', '5']) out.push({ condition: { question: q.id, op: 'atLeast', value: v }, question: q, label: { fr: `≥ ${v}`, en: `≥ ${v}` } });
      for (const v of ['1', '2', '3', '4']) out.push({ condition: { question: q.id, op: 'atMost', value: v }, question: q, label: { fr: `≤ ${v}`, en: `≤ ${v}` } });
    }
  }
  return out;
}
