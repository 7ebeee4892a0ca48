import type { FormValues } from '../../platform/form.ts';
import { SCALE_POINTS, TEXT_LIMITS, valuesOf, type Question } from './questions.ts';

/** One stored answer value of a question (`item` is the matrix item, '' otherwise). */
export interface AnswerValue {
  item: string;
  value: string;
}

/** The form field of a question (a matrix has one per item: `q-<id>-<item>`). */
export const fieldName = (questionId: string, item?: string) => (item ? `q-${questionId}-${item}` : `q-${questionId}`);

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Reads the answers of one page's questions from a posted form, keeping only values the question
 * allows. Returns message keys per field for values that are not allowed, and — when `requireAnswers`
 * (moving on, submitting) — for required questions left unanswered.
 */
export function readPageAnswers(questions: readonly Question[], values: FormValues, neighbourhoods: readonly string[], requireAnswers: boolean): { answers: Map<string, AnswerValue[]>; errors: Record<string, string> } {
  const answers = new Map<string, AnswerValue[]>();
  const errors: Record<string, string> = {};
  for (const q of questions) {
    const name = fieldName(q.id);
    const allowed = new Set(valuesOf(q, neighbourhoods));
    let given: AnswerValue[] = [];
    if (q.kind === 'matrix') {
      for (const item of q.items) {
        const v = list(values[fieldName(q.id, item.key)])[0]?.trim() ?? '';
        if (v === '') {
          if (requireAnswers && q.required) errors[fieldName(q.id, item.key)] = 'surveys.answer.required';
        } else if (!SCALE_POINTS.includes(v)) errors[fieldName(q.id, item.key)] = 'form.invalidChoice';
        else given.push({ item: item.key, value: v });
      }
    } else if (q.kind === 'short-text' || q.kind === 'long-text') {
      const text = (list(values[name])[0] ?? '').trim();
      if (text.length > TEXT_LIMITS[q.kind]) errors[name] = 'surveys.answer.tooLong';
      else if (text) given = [{ item: '', value: text }];
    } else {
      const chosen = [...new Set(list(values[name]).map((v) => v.trim()).filter(Boolean))];
      if (chosen.some((v) => !allowed.has(v)) || (q.kind !== 'multiple' && chosen.length > 1)) errors[name] = 'form.invalidChoice';
      else given = chosen.map((value) => ({ item: '', value }));
    }
    if (!errors[name] && requireAnswers && q.required && q.kind !== 'matrix' && given.length === 0) errors[name] = 'surveys.answer.required';
    answers.set(q.id, given);
  }
  return { answers, errors };
}

/** The form values that show stored answers again (to resume a draft, or after a refused page). */
export function answersToForm(questions: readonly Question[], answers: ReadonlyMap<string, readonly string[]>): FormValues {
  const values: FormValues = {};
  for (const q of questions) {
    const given = answers.get(q.id) ?? [];
    if (q.kind === 'matrix') {
      for (const pair of given) {
        const [item, value] = pair.split('=');
        values[fieldName(q.id, item)] = value;
      }
    } else if (q.kind === 'multiple') values[fieldName(q.id)] = [...given];
    else if (given.length) values[fieldName(q.id)] = given[0];
  }
  return values;
}
