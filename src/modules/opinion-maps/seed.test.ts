import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { seedOpinionMap } from './seed.ts';
import { createMapFixture } from './testing/map-fixture.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

it('seeds the sensors map with statements and synthetic votes that form several groups and some common ground', async () => {
  const { processId, slug, componentId } = await createMapFixture(ctx.deps.db);
  await seedOpinionMap(ctx.deps.db, slug);
  const component = await ctx.deps.db.selectFrom('component').select('id').where('process_id', '=', processId).where('type', '=', 'opinion-map').where('id', '!=', componentId).executeTakeFirstOrThrow();
  const votes = await ctx.deps.db.selectFrom('opinion_vote').select((eb) => eb.fn.countAll().as('n')).where('map_id', '=', component.id).executeTakeFirstOrThrow();
  expect(Number(votes.n)).toBeGreaterThan(300);
  const results = await (await ctx.client().get(`/api/v1/opinion-maps/${component.id}/results`)).json();
  expect(results.groups.length).toBeGreaterThanOrEqual(2);
  expect(results.groups.length).toBeLessThanOrEqual(3);
  expect(results.consensus.map((c: { number: number }) => c.number)).toContain(0);
  const html = await (await ctx.client().get(`/opinion-maps/${component.id}/results`)).text();
  expect(html).toContain('Chaque capteur doit porter un panneau lisible');
});

it('does nothing for a process that does not exist', async () => {
  const before = (await ctx.deps.db.selectFrom('opinion_map').select('component_id').execute()).length;
  await seedOpinionMap(ctx.deps.db, `missing-${randomUUID()}`);
  expect(await ctx.deps.db.selectFrom('opinion_map').select('component_id').execute()).toHaveLength(before);
});
