import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { answersAll, assess, insertInitiative } from './test-fixtures.ts';
import { INITIATIVES_PER_PAGE } from './views/compass-paging.tsx';

let ctx: TestContext;
const COUNT = 2 * INITIATIVES_PER_PAGE + 5;
// Budgets 1,000 € apart; initiative n° 0 the biggest.
const budgetOf = (i: number) => 1_000_000 - i * 1_000;

beforeAll(async () => {
  ctx = await createTestContext();
  for (let i = 0; i < COUNT; i++) {
    const initiative = await insertInitiative(ctx, { title_fr: `Initiative ${String(i).padStart(2, '0')}`, slug: `initiative-${i}`, budget: budgetOf(i) });
    await assess(ctx, initiative, 'city', 5, answersAll(i % 2 ? 1 : 5));
  }
});
afterAll(() => ctx.close());

const tableRows = (html: string) => [...html.match(/<table[^>]*id="compass-table"[\s\S]*?<\/table>/)![0].matchAll(/<a href="\/compass\/initiatives\/(initiative-\d+)"/g)].map((m) => m[1]);
// Marks of initiatives (the portfolio's own marks are titled "Portefeuille").
const chartMarks = (html: string) => html.match(/<svg class="compass-chart"[\s\S]*?<\/svg>/)![0].match(/<title>Initiative \d+/g)?.length ?? 0;

describe('a portfolio of more initiatives than one page shows', () => {
  it('draws and lists one page of initiatives, biggest budgets first, while the portfolio counts them all', async () => {
    const first = await (await ctx.client().get('/compass')).text();
    expect(tableRows(first)).toEqual(Array.from({ length: INITIATIVES_PER_PAGE }, (_, i) => `initiative-${i}`));
    expect(chartMarks(first)).toBe(INITIATIVES_PER_PAGE);
    expect(first).toMatch(/Initiatives 1 à 20 sur 45, les plus gros budgets d’abord/);
    expect(first).toContain('<a href="/compass?page=2#compass-pages" rel="next">Initiatives suivantes</a>');
    expect(first).not.toContain('rel="prev"');
    // The portfolio table counts every initiative with a city point.
    expect(first.match(/<table[^>]*id="portfolio"[\s\S]*?<\/table>/)![0]).toMatch(/Ville \(élus et services\)<\/th><td>[^<]*<\/td><td class="number">45<\/td>/);
  });

  it('keeps the filters from page to page, shows the rest on the last page, and the last page for a page past the end', async () => {
    const second = await (await ctx.client().get('/compass?group=city&page=2&lang=en')).text();
    expect(tableRows(second)).toEqual(Array.from({ length: INITIATIVES_PER_PAGE }, (_, i) => `initiative-${i + INITIATIVES_PER_PAGE}`));
    expect(second).toContain('<a href="/compass?group=city#compass-pages" rel="prev">Previous initiatives</a>');
    expect(second).toContain('<a href="/compass?group=city&amp;page=3#compass-pages" rel="next">Next initiatives</a>');
    const last = await (await ctx.client().get('/compass?page=3')).text();
    expect(tableRows(last)).toEqual(['initiative-40', 'initiative-41', 'initiative-42', 'initiative-43', 'initiative-44']);
    expect(chartMarks(last)).toBe(5);
    expect(tableRows(await (await ctx.client().get('/compass?page=99')).text())).toEqual(tableRows(last));
    const bad = await ctx.client().get('/compass?page=zero&lang=en');
    expect(bad.status).toBe(400);
    const said = await bad.text();
    expect(said).toContain('Page: a whole number from 1.');
    expect(said).not.toContain('Dates:'); // only what was wrong
  });
});
