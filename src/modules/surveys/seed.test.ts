import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { seedDemoSurveys } from './seed.ts';
import { ensureBelleriveNeighbourhoods } from './test-fixture.ts';

let ctx: TestContext;
// Today, not a fixed date: whether a survey is open is read against the server's clock.
const now = new Date();
const lastYear = String(now.getUTCFullYear() - 1);
const components = () => ctx.deps.db.selectFrom('component').select(['id', 'name_en']).where('type', '=', 'survey').orderBy('position').execute();

beforeAll(async () => {
  ctx = await createTestContext();
  await ensureBelleriveNeighbourhoods(ctx.deps.db);
  await seedDemoSurveys(ctx.deps.db, now);
});
afterAll(() => ctx.close());

describe('the demo city’s surveys', () => {
  it('has last year’s quality-of-life survey closed with a few hundred answers, all mixed and counted', async () => {
    const [quality] = await components();
    expect(quality.name_en).toBe(`Quality of life in my neighbourhood ${lastYear}`);
    const responses = await ctx.deps.db.selectFrom('survey_response').select(['respondent_key', 'year']).where('component_id', '=', quality.id).execute();
    expect(responses.length).toBeGreaterThan(300);
    expect(responses.every((r) => r.respondent_key === null && r.year === lastYear)).toBe(true);
    expect(await ctx.deps.db.selectFrom('survey_pool').select('id').execute()).toEqual([]);
    const results = await (await ctx.client().get(`/api/v1/surveys/${quality.id}/results?lang=en`)).json();
    expect(results.status).toBe('published');
    expect(results.responses).toEqual({ value: responses.length });
  });

  it('feeds last year’s perceived indicators of every neighbourhood and of the city from those answers', async () => {
    const rows = await ctx.deps.db.selectFrom('indicator_value').select(['indicator_code', 'area', 'value', 'n']).where('period', '=', lastYear).execute();
    const air = rows.filter((r) => r.indicator_code === 'perceived-air');
    expect(air.map((r) => r.area).sort()).toEqual(['bord-de-riviere', 'city', 'la-gare', 'les-hauts', 'les-tilleuls', 'vieux-port']);
    const riverside = Number(air.find((r) => r.area === 'bord-de-riviere')!.value);
    const station = Number(air.find((r) => r.area === 'la-gare')!.value);
    expect(riverside).toBeGreaterThan(station);
    expect(new Set(rows.map((r) => r.indicator_code)).size).toBeGreaterThanOrEqual(10);
  });

  it('has this year’s survey on getting around open to answers, also without an account, with its chained questions', async () => {
    const [, mobility] = await components();
    const visitor = ctx.client();
    const first = await visitor.get(`/surveys/${mobility.id}/answer`);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Comment vous déplacez-vous le plus souvent\u202f?');
  });
});
