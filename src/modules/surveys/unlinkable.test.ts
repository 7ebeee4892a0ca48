import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { RESPONSE_BATCH_SIZE } from './response-box.ts';
import { createSurveyFixture, setAnswering, type SurveyFixture } from './test-fixture.ts';

// An anonymous response must not be linkable to its respondent by someone who reads the database:
// not through columns, nor through storage order (SQLite rowid) or the writing transaction
// (PostgreSQL xmin), which linked every ballot to its voter before the budgets' ballot pool (issue 10).
// 2k + 5 residents answer: two full batches are mixed while the survey runs, five wait for the close.
const k = RESPONSE_BATCH_SIZE;
const respondentCount = 2 * k + 5;
// A random order lines up about one response per batch with its respondent; ten or more is about as
// likely as for the ballots (1 in 10 million). Written in submission order, every one lines up.
const CHANCE_BOUND = 10;

let ctx: TestContext;
let f: SurveyFixture;
let questionId: string;
const respondents: TestUser[] = [];

// Each respondent writes their own index, so a response's content names its author for the test.
const ownerOfText = (text: string) => Number(text.replace('answer-', ''));
const ownerOfKey = (key: string) => respondents.findIndex((u) => key === `user:${u.id}`);

/** How many responses the two linking queries attribute to their true respondent. */
async function linkedByStorage(): Promise<number> {
  const { db, dialect } = ctx.deps;
  const query =
    dialect === 'sqlite'
      ? sql<{ value: string; respondent_key: string }>`
        with r as (select a.value, row_number() over (order by s.rowid) as n from survey_response s join survey_answer a on a.response_id = s.id where s.component_id = ${f.componentId}),
             p as (select respondent_key, row_number() over (order by rowid) as n from survey_respondent where component_id = ${f.componentId})
        select r.value, p.respondent_key from r join p on r.n = p.n`
      : sql<{ value: string; respondent_key: string }>`
        select a.value, p.respondent_key from survey_response s join survey_answer a on a.response_id = s.id
        join survey_respondent p on p.xmin = s.xmin where s.component_id = ${f.componentId} and p.component_id = ${f.componentId}`;
  const pairs = (await query.execute(db)).rows;
  return pairs.filter((r) => ownerOfText(r.value) === ownerOfKey(r.respondent_key)).length;
}

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createSurveyFixture(ctx.deps.db);
  const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  await admin.post(`/surveys/${f.componentId}/manage/questions`, { kind: 'short-text', title_fr: 'Votre mot', required: 'on' });
  questionId = (await ctx.deps.db.selectFrom('survey_question').select('id').where('component_id', '=', f.componentId).executeTakeFirstOrThrow()).id;
  for (let i = 0; i < respondentCount; i++) {
    const user = await ctx.createUser();
    respondents.push(user);
    const client = await ctx.client().signInAs(ctx, user);
    expect((await client.post(`/surveys/${f.componentId}/answer`, { page: '1', action: 'submit', [`q-${questionId}`]: `answer-${i}` })).status).toBe(303);
  }
});
afterAll(() => ctx.close());

describe('anonymous responses cannot be linked to respondents through the database', () => {
  it('stores no respondent with a response, and mixes them in batches of k while the survey runs', async () => {
    expect(await linkedByStorage()).toBeLessThan(CHANCE_BOUND);
    const responses = await ctx.deps.db.selectFrom('survey_response').selectAll().where('component_id', '=', f.componentId).execute();
    expect(responses).toHaveLength(2 * k);
    expect(responses.every((r) => r.respondent_key === null)).toBe(true);
    expect(await ctx.deps.db.selectFrom('survey_pool').select('id').where('component_id', '=', f.componentId).execute()).toHaveLength(5);
    // The tally is counted in the mixing transaction, never in a respondent's: no tally row shares a register row's xmin.
    if (ctx.deps.dialect === 'postgres') {
      const shared = await sql<{ n: number }>`select count(*)::int as n from survey_tally t join survey_respondent p on p.xmin = t.xmin where t.component_id = ${f.componentId}`.execute(ctx.deps.db);
      expect(shared.rows[0].n).toBe(0);
    }
  });

  it('after the close, rewrites every response in one random order, the last five included', async () => {
    await setAnswering(ctx.deps.db, f, false);
    expect((await ctx.client().get(`/surveys/${f.componentId}/results`)).status).toBe(200);
    expect(await ctx.deps.db.selectFrom('survey_pool').select('id').execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('survey_response').select('id').where('component_id', '=', f.componentId).execute()).toHaveLength(respondentCount);
    expect(await linkedByStorage()).toBeLessThan(CHANCE_BOUND);
  });
});
