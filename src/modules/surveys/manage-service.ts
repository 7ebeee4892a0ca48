import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conditionChoices, conditionValue, readLines, type QuestionInput } from './question-input.ts';
import { hasResponses, listQuestions } from './queries.ts';
import type { Question } from './questions.ts';
import { qualityOfLifeTemplate, satisfactionScale } from './template.ts';

/** Why a change to the questions was refused: a message key per field, or for the whole form. */
export type ManageResult = { ok: true } | { ok: false; errors: Record<string, string> };

const refused = (field: string, key: string): ManageResult => ({ ok: false, errors: { [field]: key } });

/** What a question may refer to: the city's neighbourhoods (conditions on them) and the perceived indicators a scale may feed. */
export interface QuestionReferences {
  neighbourhoods: readonly { key: string; label: string }[];
  perceivedIndicators: readonly string[];
}

// The row to store, or the field that refers to something that does not exist.
function rowOf(input: QuestionInput, earlier: readonly Question[], refs: QuestionReferences, keep?: Question) {
  const choices = conditionChoices(earlier, refs.neighbourhoods);
  const condition = input.condition ? choices.find((c) => conditionValue(c.condition) === input.condition)?.condition : null;
  if (condition === undefined) return { refused: 'condition' } as const;
  if (input.indicator && !refs.perceivedIndicators.includes(input.indicator)) return { refused: 'indicator' } as const;
  const row = {
    kind: input.kind,
    required: input.required ? 1 : 0,
    title_fr: input.title_fr,
    title_en: input.title_en,
    help_fr: input.help_fr,
    help_en: input.help_en,
    options: JSON.stringify(input.kind === 'single' || input.kind === 'multiple' ? readLines(input.options, 'o', keep?.options) : []),
    items: JSON.stringify(input.kind === 'matrix' ? readLines(input.items, 'i', keep?.items) : []),
    scale_labels: JSON.stringify(input.kind === 'scale' || input.kind === 'matrix' ? readLines(input.scale_labels, '').map((l, i) => ({ ...l, key: String(i + 1) })) : []),
    condition: condition ? JSON.stringify(condition) : null,
    indicator_code: input.kind === 'scale' && input.indicator ? input.indicator : null,
    page_break: input.page_break ? 1 : 0,
  };
  return { refused: null, row } as const;
}

/** Adds a question at the end; refused once anyone has started answering (the questions' structure is then fixed). */
export async function addQuestion(db: Kysely<Database>, componentId: string, userId: string, input: QuestionInput, refs: QuestionReferences): Promise<ManageResult> {
  if (await hasResponses(db, componentId)) return refused('_form', 'surveys.manage.locked');
  const questions = await listQuestions(db, componentId);
  const made = rowOf(input, questions, refs);
  if (made.refused) return refused(made.refused, 'form.invalidChoice');
  const { row } = made;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('survey_question').values({ id: randomUUID(), component_id: componentId, position: (questions.at(-1)?.position ?? -1) + 1, ...row }).execute();
    await recordAudit(trx, { userId }, 'surveys.question.add', { type: 'component', id: componentId });
  });
  return { ok: true };
}

/**
 * Changes a question. Before anyone answers, everything may change; afterwards only its texts and
 * help (its kind, choices, condition and whether it is required would no longer match the answers).
 */
export async function updateQuestion(db: Kysely<Database>, componentId: string, userId: string, question: Question, input: QuestionInput, refs: QuestionReferences): Promise<ManageResult> {
  const questions = await listQuestions(db, componentId);
  const earlier = questions.filter((q) => q.position < question.position);
  const made = rowOf(input, earlier, refs, question);
  if (made.refused) return refused(made.refused, 'form.invalidChoice');
  const { row } = made;
  const keys = (json: string) => (JSON.parse(json) as { key: string }[]).map((o) => o.key).join('|');
  const reshaped = row.kind !== question.kind || keys(row.options) !== question.options.map((o) => o.key).join('|');
  if (reshaped && questions.some((q) => q.condition?.question === question.id)) return refused('_form', 'surveys.manage.dependedOn');
  const locked = await hasResponses(db, componentId);
  if (locked && (row.kind !== question.kind || row.options !== JSON.stringify(question.options) || row.items !== JSON.stringify(question.items) || row.condition !== (question.condition ? JSON.stringify(question.condition) : null) || row.required !== (question.required ? 1 : 0))) {
    return refused('_form', 'surveys.manage.lockedStructure');
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('survey_question').set(row).where('id', '=', question.id).execute();
    await recordAudit(trx, { userId }, 'surveys.question.update', { type: 'component', id: componentId }, { question: question.id });
  });
  return { ok: true };
}

/** Removes a question (refused once answering started, or while a later question's condition depends on it). */
export async function deleteQuestion(db: Kysely<Database>, componentId: string, userId: string, question: Question): Promise<ManageResult> {
  if (await hasResponses(db, componentId)) return refused('_form', 'surveys.manage.locked');
  const questions = await listQuestions(db, componentId);
  if (questions.some((q) => q.condition?.question === question.id)) return refused('_form', 'surveys.manage.dependedOn');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('survey_question').where('id', '=', question.id).execute();
    await recordAudit(trx, { userId }, 'surveys.question.delete', { type: 'component', id: componentId }, { question: question.id });
  });
  return { ok: true };
}

/** Moves a question one place up or down, unless a condition would then point at a later question. */
export async function moveQuestion(db: Kysely<Database>, componentId: string, question: Question, direction: 'up' | 'down'): Promise<ManageResult> {
  if (await hasResponses(db, componentId)) return refused('_form', 'surveys.manage.locked');
  const questions = await listQuestions(db, componentId);
  const index = questions.findIndex((q) => q.id === question.id);
  const other = questions[direction === 'up' ? index - 1 : index + 1];
  if (!other) return { ok: true };
  const [first, second] = direction === 'up' ? [other, question] : [question, other];
  if (first.condition?.question === second.id || second.condition?.question === first.id) return refused('_form', 'surveys.manage.conditionOrder');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('survey_question').set({ position: other.position }).where('id', '=', question.id).execute();
    await trx.updateTable('survey_question').set({ position: question.position }).where('id', '=', other.id).execute();
  });
  return { ok: true };
}

/** Fills an empty survey with the "quality of life in my neighbourhood" template. */
export async function applyQualityOfLifeTemplate(db: Kysely<Database>, componentId: string, userId: string | null): Promise<ManageResult> {
  if ((await listQuestions(db, componentId)).length > 0) return refused('_form', 'surveys.manage.templateNeedsEmpty');
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('survey').values({ component_id: componentId, intro_fr: '', intro_en: '', template: 'quality-of-life', updated_at: now }).onConflict((oc) => oc.column('component_id').doUpdateSet({ template: 'quality-of-life', updated_at: now })).execute();
    const rows = qualityOfLifeTemplate.map((q, position) => ({
      id: randomUUID(),
      component_id: componentId,
      position,
      kind: q.kind,
      required: q.required ? 1 : 0,
      title_fr: q.title_fr,
      title_en: q.title_en,
      help_fr: '',
      help_en: '',
      options: '[]',
      items: '[]',
      scale_labels: JSON.stringify(q.kind === 'scale' ? satisfactionScale : []),
      condition: null,
      indicator_code: q.indicatorCode,
      page_break: 0,
    }));
    await trx.insertInto('survey_question').values(rows).execute();
    if (userId) await recordAudit(trx, { userId }, 'surveys.template', { type: 'component', id: componentId }, { template: 'quality-of-life' });
  });
  return { ok: true };
}
