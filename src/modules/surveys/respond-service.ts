import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { AnswerValue } from './answer-form.ts';
import { paginate, visibleQuestions } from './conditions.ts';
import { draftAnswers, findDraftId } from './queries.ts';
import { OTHER_AREA, type Question } from './questions.ts';
import { dropIntoPool, writeResponses, type BoxedResponse } from './response-box.ts';

/** Saves one page's answers into the respondent's draft (started on the first save), replacing what that page held. */
export async function savePage(db: Kysely<Database>, componentId: string, respondentKey: string, answers: ReadonlyMap<string, AnswerValue[]>): Promise<void> {
  const write = () =>
    db.transaction().execute(async (trx) => {
      let draftId = await findDraftId(trx, componentId, respondentKey);
      if (!draftId) {
        draftId = randomUUID();
        await trx.insertInto('survey_draft').values({ id: draftId, component_id: componentId, respondent_key: respondentKey }).execute();
      }
      const ids = [...answers.keys()];
      if (ids.length) await trx.deleteFrom('survey_draft_answer').where('draft_id', '=', draftId).where('question_id', 'in', ids).execute();
      const rows = [...answers].flatMap(([question_id, values]) => values.map((v) => ({ draft_id: draftId!, question_id, item: v.item, value: v.value })));
      if (rows.length) await trx.insertInto('survey_draft_answer').values(rows).execute();
    });
  try {
    await write();
  } catch (err) {
    // The same person saving from two tabs at once: the other request made the draft; write into it.
    if (!isUniqueViolation(err)) throw err;
    await write();
  }
}

/** How a submission ended: submitted, already answered, or a required question still open (on this page of the visible ones). */
export type SubmitOutcome = { ok: true } | { ok: false; reason: 'answered' } | { ok: false; reason: 'incomplete'; page: number };

/** What submitting needs to know about the survey. */
export interface SubmitTarget {
  componentId: string;
  anonymous: boolean;
  questions: readonly Question[];
}

/** The pages a respondent goes through given their answers: pages with no visible question are skipped. */
export function visiblePages(questions: readonly Question[], answers: ReadonlyMap<string, readonly string[]>): Question[][] {
  const visible = visibleQuestions(questions, answers);
  return paginate(questions)
    .map((page) => page.filter((q) => visible.has(q.id)))
    .filter((page) => page.length > 0);
}

/** Whether a visible required question still lacks an answer (a matrix needs every item). */
export const isUnanswered = (q: Question, given: readonly string[] | undefined) => (q.kind === 'matrix' ? (given?.length ?? 0) < q.items.length : !given?.length);

/**
 * Submits a draft. The answers of questions the respondent no longer sees (a condition stopped
 * holding) are dropped; every visible required question must be answered. In one transaction: the
 * register records that this respondent answered (its key makes a second answer impossible), the
 * draft goes, and the response is stored — into the pool, without any respondent, when the survey is
 * anonymous (mixed later with others: response-box.ts), or at once with its respondent when signed.
 */
export async function submitDraft(db: Kysely<Database>, target: SubmitTarget, respondentKey: string, now = new Date()): Promise<SubmitOutcome> {
  const { componentId, questions } = target;
  const draftId = await findDraftId(db, componentId, respondentKey);
  const answers = await draftAnswers(db, draftId);
  const pages = visiblePages(questions, answers);
  const missing = pages.findIndex((page) => page.some((q) => q.required && isUnanswered(q, answers.get(q.id))));
  if (missing >= 0) return { ok: false, reason: 'incomplete', page: missing + 1 };
  const shown = pages.flat();
  const year = String(now.getUTCFullYear());
  const response: BoxedResponse = { respondentKey: target.anonymous ? null : respondentKey, neighbourhood: neighbourhoodAnswer(shown, answers), year, answers: [] };
  for (const q of shown) for (const given of answers.get(q.id) ?? []) response.answers.push(storedValue(q, given));
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('survey_respondent').values({ component_id: componentId, respondent_key: respondentKey, year }).execute();
      if (draftId) await trx.deleteFrom('survey_draft').where('id', '=', draftId).execute();
      if (target.anonymous) await dropIntoPool(trx, componentId, response);
      else await writeResponses(trx, componentId, [response], questions, new Set([response]));
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, reason: 'answered' };
    throw err;
  }
  return { ok: true };
}

function storedValue(q: Question, given: string): [string, string, string] {
  if (q.kind !== 'matrix') return [q.id, '', given];
  const [item, value] = given.split('=');
  return [q.id, item, value];
}

// The respondent's neighbourhood, from the (first shown) neighbourhood question; null when the survey asks none.
function neighbourhoodAnswer(shown: readonly Question[], answers: ReadonlyMap<string, readonly string[]>): string | null {
  const q = shown.find((x) => x.kind === 'neighbourhood');
  if (!q) return null;
  return answers.get(q.id)?.[0] ?? OTHER_AREA;
}
