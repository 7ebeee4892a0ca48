import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { seedDemoCityIfEmpty } from '../../seed/demo.ts';
import { currentAnalysis } from './interviews/findings.ts';
import { demoInitiatives } from './seed-initiatives.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCityIfEmpty(ctx.handle, ctx.deps.config);
}, 120_000);
afterAll(() => ctx.close());

type Position = { group: string; digitalBusiness: number | null; ecoCity: number | null; ethicHuman: number | null };

it('gives Bellerive ten initiatives, each linked to what the demo city already holds', async () => {
  const { initiatives } = await (await ctx.client().get('/api/v1/compass/initiatives')).json();
  expect(initiatives).toHaveLength(10);
  for (const d of demoInitiatives) {
    const found = initiatives.find((i: { slug: string }) => i.slug === d.slug);
    expect(found.links, d.slug).toHaveLength(d.links.length);
  }
});

it('shows the divergence the paper found: the associations place the "smart" devices nearer the Digital Business corner than the city does', async () => {
  const compass = await (await ctx.client().get('/api/v1/compass')).json();
  const position = (slug: string, group: string): Position => compass.initiatives.find((i: { slug: string }) => i.slug === slug).positions.find((p: Position) => p.group === group);
  for (const slug of ['comptage-wifi', 'parking-intelligent', 'score-fraude', 'compteurs-eau']) {
    expect(position(slug, 'associations').digitalBusiness!, slug).toBeGreaterThan(position(slug, 'city').digitalBusiness!);
  }
  // Every group sees the community gardens near the Ethic & Human corner.
  for (const group of ['city', 'associations', 'residents', 'businesses']) expect(position('jardins-partages', group).ethicHuman!).toBeGreaterThan(0.55);
  expect(compass.contested).toContain(compass.initiatives.find((i: { slug: string }) => i.slug === 'score-fraude').id);
  // Businesses did not assess the fraud score: that group shows nothing rather than a small count.
  expect(position('score-fraude', 'businesses').digitalBusiness).toBeNull();
});

it('draws the compass page and the change of the city’s view of Wi-Fi counting since the charter', async () => {
  const page = await ctx.client().get('/compass');
  expect(page.status).toBe(200);
  const today = new Date().toISOString().slice(0, 10);
  const before = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const html = await (await ctx.client().get(`/compass?neighbourhood=vieux-port&from=${before}&to=${today}`)).text();
  expect(html).toContain('Comptage de fréquentation par le Wi-Fi');
  expect(html).not.toContain('Jardins partagés</a>');
  expect(html).toContain('id="portfolio-change"');
  const mobility = await (await ctx.client().get('/compass?dimension=mobility&lang=en')).text();
  expect(mobility).toMatch(/The (&quot;|")smart(&quot;|") car park/);
  expect(mobility).not.toContain('Community gardens</a>');
  expect(mobility).toContain('href="/city-profile/compare?dimension=mobility"');
});

it('holds six coded interviews with consent, three from the city and three from associations', async () => {
  const interviews = await ctx.deps.db.selectFrom('compass_interview').select(['stakeholder_group', 'consent']).execute();
  expect(interviews).toHaveLength(6);
  expect(interviews.filter((i) => i.stakeholder_group === 'city')).toHaveLength(3);
  const segments = await ctx.deps.db.selectFrom('compass_segment').select('id').execute();
  expect(segments.length).toBeGreaterThanOrEqual(15);
  const { analysis } = await currentAnalysis(ctx.deps.db);
  const dbCode = (await ctx.deps.db.selectFrom('compass_code').select('id').where('seed_key', '=', 'orientation.digitalBusiness').executeTakeFirstOrThrow()).id;
  // The paper's finding: the Digital Business City is the institutions' vision more than the associations'.
  expect(analysis.frequencies.get(dbCode)).toMatchObject({ city: 2, associations: 1 });
  expect(analysis.quotes['orientation.ethicHuman'].some((q) => q.text.startsWith('Une ville où il fait bon vivre'))).toBe(true);
});
