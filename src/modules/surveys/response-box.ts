import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { truncateWriteAheadLog } from '../../db/write-ahead-log.ts';
import { secureShuffle } from '../../engines/mixing/shuffle.ts';
import { isCounted, type Question } from './questions.ts';

/**
 * Where submitted responses go, built like the budgets' ballot box (docs/guide-budgets.md): an
 * anonymous response is written into a pool in the transaction that writes its respondent's register
 * row — the one place where storage order or PostgreSQL's `xmin` still links the two — and leaves the
 * pool only in batches of at least RESPONSE_BATCH_SIZE, in one transaction, in random order, under new
 * random ids. The tally is counted in that same transaction, so a tally row's `xmin` names a batch,
 * never a respondent. Once the survey has closed, sealing rewrites everything in one random order.
 * Signed responses name their respondent anyway: they are written and counted at once.
 */

/** k: anonymous responses leave the pool only in batches of at least this many (the ballots' k; see the guide). */
export const RESPONSE_BATCH_SIZE = 10;

/** Tally rows that count people rather than values: answers to a question, and whole responses. */
export const ANSWERED = '__answered';
export const RESPONSES = '__responses';

/** A response as the box stores it: the respondent only when the survey is signed. */
export interface BoxedResponse {
  respondentKey: string | null;
  /** The neighbourhood slug the respondent gave ('other'), or null when the survey asks none. */
  neighbourhood: string | null;
  year: string;
  /** [question id, matrix item or '', value]. */
  answers: [string, string, string][];
}

type Db = Kysely<Database> | Transaction<Database>;

/** Puts an anonymous response into the pool; called inside the transaction that writes its register row. */
export async function dropIntoPool(trx: Db, componentId: string, response: Omit<BoxedResponse, 'respondentKey'>): Promise<void> {
  const stored: BoxedResponse = { respondentKey: null, neighbourhood: response.neighbourhood, year: response.year, answers: response.answers };
  await trx.insertInto('survey_pool').values({ id: randomUUID(), component_id: componentId, response: JSON.stringify(stored) }).execute();
}

/** Writes responses in the order given, under new random ids; `counted` of them (the first ones) are added to the tally. */
export async function writeResponses(trx: Transaction<Database>, componentId: string, responses: readonly BoxedResponse[], questions: readonly Question[], counted: ReadonlySet<BoxedResponse>): Promise<void> {
  const responseRows = responses.map((r) => ({ id: randomUUID(), component_id: componentId, respondent_key: r.respondentKey, neighbourhood: r.neighbourhood, year: r.year }));
  // Multi-row inserts keep their rows' order (rowid, heap position); 500 rows stay far below bound-parameter limits.
  for (let i = 0; i < responseRows.length; i += 500) await trx.insertInto('survey_response').values(responseRows.slice(i, i + 500)).execute();
  const answerRows = responses.flatMap((r, i) => r.answers.map(([question_id, item, value]) => ({ response_id: responseRows[i].id, question_id, item, value })));
  for (let i = 0; i < answerRows.length; i += 500) await trx.insertInto('survey_answer').values(answerRows.slice(i, i + 500)).execute();
  await addToTally(trx, componentId, responses.filter((r) => counted.has(r)), questions);
}

// Counted in memory first, so one statement adds every row (an upsert may not touch a row twice).
async function addToTally(trx: Transaction<Database>, componentId: string, responses: readonly BoxedResponse[], questions: readonly Question[]): Promise<void> {
  if (responses.length === 0) return;
  const counted = new Set(questions.filter(isCounted).map((q) => q.id));
  const counts = new Map<string, { question_id: string; item: string; value: string; area: string; answers: number }>();
  const add = (question_id: string, item: string, value: string, area: string) => {
    const key = JSON.stringify([question_id, item, value, area]);
    const row = counts.get(key) ?? { question_id, item, value, area, answers: 0 };
    row.answers += 1;
    counts.set(key, row);
  };
  for (const r of responses) {
    const area = r.neighbourhood ?? '';
    add('', '', RESPONSES, area);
    const answered = new Set<string>();
    for (const [question, item, value] of r.answers) {
      if (!counted.has(question)) continue;
      add(question, item, value, area);
      answered.add(question);
    }
    for (const question of answered) add(question, '', ANSWERED, area);
  }
  const rows = [...counts.values()].map((r) => ({ component_id: componentId, ...r }));
  const updated_at = new Date().toISOString();
  await trx
    .insertInto('survey')
    .values({ component_id: componentId, tally_version: 1, updated_at })
    .onConflict((oc) => oc.column('component_id').doUpdateSet({ tally_version: sql`survey.tally_version + 1` }))
    .execute();
  for (let i = 0; i < rows.length; i += 300) {
    await trx
      .insertInto('survey_tally')
      .values(rows.slice(i, i + 300))
      .onConflict((oc) => oc.columns(['component_id', 'question_id', 'item', 'value', 'area']).doUpdateSet({ answers: sql`survey_tally.answers + excluded.answers` }))
      .execute();
  }
}

class NothingToMove extends Error {}

// One transaction: the pool rows are taken (DELETE ... RETURNING: two requests mixing at once cannot
// move a response twice) and written with the responses, in one random order, under new ids.
async function moveIntoResponses(db: Kysely<Database>, componentId: string, questions: readonly Question[], minimum: number, withAll: boolean): Promise<number> {
  let moved: number;
  try {
    moved = await db.transaction().execute(async (trx) => {
      const waiting = (await trx.deleteFrom('survey_pool').where('component_id', '=', componentId).returning('response').execute()).map((r) => JSON.parse(r.response) as BoxedResponse);
      if (waiting.length < minimum) throw new NothingToMove();
      const kept = withAll ? await takeAllResponses(trx, componentId) : [];
      await writeResponses(trx, componentId, secureShuffle([...waiting, ...kept]), questions, new Set(waiting));
      const now = new Date().toISOString();
      const sealed = withAll ? 1 : 0;
      await trx.insertInto('survey').values({ component_id: componentId, sealed, updated_at: now }).onConflict((oc) => oc.column('component_id').doUpdateSet({ sealed })).execute();
      return waiting.length;
    });
  } catch (error) {
    if (error instanceof NothingToMove) return 0;
    throw error;
  }
  await truncateWriteAheadLog(db);
  return moved;
}

// Every stored response with its answers, read and then deleted (to be written again in a new order).
async function takeAllResponses(trx: Transaction<Database>, componentId: string): Promise<BoxedResponse[]> {
  const answers = await trx
    .selectFrom('survey_answer')
    .innerJoin('survey_response', 'survey_response.id', 'survey_answer.response_id')
    .select(['survey_answer.response_id', 'survey_answer.question_id', 'survey_answer.item', 'survey_answer.value'])
    .where('survey_response.component_id', '=', componentId)
    .execute();
  // Deleting a response deletes its answers (foreign key cascade).
  const responses = await trx.deleteFrom('survey_response').where('component_id', '=', componentId).returning(['id', 'respondent_key', 'neighbourhood', 'year']).execute();
  const byId = new Map(responses.map((r): [string, BoxedResponse] => [r.id, { respondentKey: r.respondent_key, neighbourhood: r.neighbourhood, year: r.year, answers: [] }]));
  for (const a of answers) byId.get(a.response_id)?.answers.push([a.question_id, a.item, a.value]);
  return [...byId.values()];
}

/**
 * Mixes the pool into the responses once it holds a full batch. Called after every anonymous
 * submission; a failure is logged and changes nothing (the responses stay in the pool, durable, and the
 * next submission or the seal moves them). Returns how many responses were moved.
 */
export async function mixWhenBatchFull(db: Kysely<Database>, componentId: string, questions: readonly Question[], log: Logger): Promise<number> {
  try {
    const row = await db.selectFrom('survey_pool').select((eb) => eb.fn.countAll().as('n')).where('component_id', '=', componentId).executeTakeFirst();
    if (Number(row?.n ?? 0) < RESPONSE_BATCH_SIZE) return 0;
    return await moveIntoResponses(db, componentId, questions, RESPONSE_BATCH_SIZE, false);
  } catch (error) {
    log.warn({ err: error, componentId }, 'survey pool not mixed this time; its responses stay in the pool');
    return 0;
  }
}

/**
 * Seals a closed survey: the pool and every response are rewritten in one random order, so the last,
 * smaller batch is not left exposed and each response then hides among all respondents. Does nothing
 * when already sealed and nothing waits. Returns how many responses left the pool.
 */
export async function sealResponses(db: Kysely<Database>, componentId: string, questions: readonly Question[], knownSealed?: boolean): Promise<number> {
  const [sealed, waiting] = await Promise.all([
    knownSealed ?? db.selectFrom('survey').select('sealed').where('component_id', '=', componentId).executeTakeFirst().then((s) => Number(s?.sealed ?? 0) === 1),
    db.selectFrom('survey_pool').select('id').where('component_id', '=', componentId).limit(1).executeTakeFirst(),
  ]);
  if (!waiting && sealed) return 0;
  return moveIntoResponses(db, componentId, questions, 0, true);
}
