import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { containsPoint } from '../../engines/maps/index.ts';
import { seedDemoCityIfEmpty } from '../../seed/demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCityIfEmpty(ctx.handle, ctx.deps.config);
}, 120_000);
afterAll(() => ctx.close());

// An inline map: role="img" and an accessible name from its <title>.
const inlineMap = /<svg [^>]*role="img" aria-labelledby="([\w-]+)-title[^"]*"[^>]*>\s*<title id="\1-title">([^<]+)<\/title>/;
// The pins are links in the layer laid over the picture (an SVG that is not role="img"); the picture holds none.
const pinsIn = (layer: string) => [...layer.matchAll(/<a href="([^"]+)" aria-label="[^"]+"><title>/g)].map((m) => m[1]);
const mapOf = (html: string) => {
  const picture = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  expect(picture).toMatch(/role="img"/);
  expect(picture).not.toMatch(/<a[ >]/);
  // A map without a linked pin has no layer: the picture is then the whole map.
  const end = html.indexOf('</svg>') + '</svg>'.length;
  if (!html.startsWith('<svg', end)) return '';
  const layer = html.slice(end, html.indexOf('</svg>', end));
  expect(layer).toMatch(/^<svg [^>]*class="map-links"[^>]*role="group" aria-label="[^"]+"/);
  return layer;
};

describe('Bellerive on its own map', () => {
  it('has five neighbourhoods, and places each located sensor inside the neighbourhood the register names', async () => {
    const geo = (await (await ctx.client().get('/api/v1/geography')).json()) as { features: { properties: { slug: string }; geometry: Polygon }[] };
    expect(geo.features.map((f) => f.properties.slug).sort()).toEqual(['bord-de-riviere', 'la-gare', 'les-hauts', 'les-tilleuls', 'vieux-port']);
    const outline = new Map(geo.features.map((f) => [f.properties.slug, f.geometry]));
    const sensors = await ctx.deps.db.selectFrom('register_sensor as s').leftJoin('neighbourhood as n', 'n.id', 's.neighbourhood_id').select(['s.latitude', 's.longitude', 'n.slug']).execute();
    expect(sensors).toHaveLength(12);
    const placed = sensors.filter((s) => s.latitude !== null);
    expect(placed).toHaveLength(11); // the mobile operator's footfall data covers the whole city: no pin
    for (const s of placed) expect(containsPoint(outline.get(s.slug!)!, s.longitude!, s.latitude!), s.slug!).toBe(true);
  });

  it('draws the sensors register with a map whose pins are the table’s links', async () => {
    const html = await (await ctx.client().get('/registers/sensors')).text();
    const match = inlineMap.exec(html);
    expect(match?.[2]).toContain('Carte de ce qui est mesuré où\u202f: 11 dispositif(s) placé(s)');
    const pins = pinsIn(mapOf(html));
    expect(pins).toHaveLength(11);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    for (const href of pins) expect(table).toContain(`href="${href}"`);
    expect(html.length).toBeLessThan(150_000);
  });

  it('draws the proposals list with a map filtered like the list, and a table that agrees with it', async () => {
    const component = await ctx.deps.db.selectFrom('component').innerJoin('process', 'process.id', 'component.process_id').select(['component.id', 'process.slug']).where('component.type', '=', 'proposals').executeTakeFirstOrThrow();
    const base = `/processes/${component.slug}/c/${component.id}`;
    const all = await (await ctx.client().get(base)).text();
    expect(inlineMap.exec(all)?.[2]).toMatch(/Carte des propositions de cette liste\u202f: \d+ placées?/);
    const allPins = pinsIn(mapOf(all));
    expect(allPins.length).toBeGreaterThan(1);
    const table = all.slice(all.search(/<table[^>]*class="map-table"/), all.indexOf('</table>'));
    const counted = [...table.matchAll(/<td>(\d+)<\/td>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(counted).toBe(allPins.length);

    // Filtered to one neighbourhood, the map shows exactly that neighbourhood's placed proposals.
    const counts = new Map<string, number>();
    for (const slug of ['les-tilleuls', 'vieux-port']) {
      const hood = await ctx.deps.db.selectFrom('neighbourhood').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
      const filtered = pinsIn(mapOf(await (await ctx.client().get(`${base}?neighbourhood=${hood.id}`)).text()));
      const expected = await ctx.deps.db.selectFrom('proposal').select('id').where('component_id', '=', component.id).where('neighbourhood_id', '=', hood.id).where('latitude', 'is not', null).where('hidden_at', 'is', null).execute();
      expect(filtered.sort()).toEqual(expected.map((p) => `/proposals/${p.id}`).sort());
      counts.set(slug, filtered.length);
    }
    expect(counts.get('les-tilleuls')! + counts.get('vieux-port')!).toBeLessThanOrEqual(allPins.length);
    expect(counts.get('les-tilleuls')).toBeGreaterThan(0);
  });

  it('draws each budget page with its projects by neighbourhood', async () => {
    const budget = await ctx.deps.db.selectFrom('budget').select('id').executeTakeFirstOrThrow();
    const html = await (await ctx.client().get(`/budgets/${budget.id}`)).text();
    expect(inlineMap.exec(html)?.[2]).toMatch(/Carte des projets par quartier/);
    const table = html.slice(html.search(/<table[^>]*id="budget-projects"/), html.indexOf('</table>'));
    for (const href of pinsIn(mapOf(html))) expect(table).toContain(`href="${href}"`);
  });

  it('shows a locator map on a sensor’s page', async () => {
    const sensor = await ctx.deps.db.selectFrom('register_sensor').select('id').where('latitude', 'is not', null).executeTakeFirstOrThrow();
    const html = await (await ctx.client().get(`/registers/sensors/${sensor.id}`)).text();
    expect(html).toMatch(/<div class="locator"><svg [^>]*role="img" aria-labelledby="sensor-locator-title"/);
  });
});

describe('Bellerive’s choropleths', () => {
  it('shades participation per neighbourhood with the table’s figures, a legend of ranges, and hatching for withheld figures', async () => {
    const html = await (await ctx.client().get('/participation')).text();
    const match = inlineMap.exec(html);
    expect(match?.[2]).toMatch(/Carte de la participation en \d{4}\u202f: personnes ayant participé/);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const figures = [...svg.matchAll(/<tspan [^>]*>([^<]+)<\/tspan>/g)].map((m) => m[1]);
    expect(figures).toHaveLength(5);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    for (const figure of figures) {
      if (figure === 'pas de chiffre') expect(svg).toContain('-hatch)"');
      else expect(table).toContain(figure);
    }
    // The legend: a title and one row per step, each a range of numbers (the shades alone are not the only clue).
    expect(svg).toMatch(/font-weight="700"[^>]*>Participants( pour 1 000 habitants)?<\/text>/);
    expect(svg).toMatch(/>(de [\d,\u202f ]+ à [\d,\u202f ]+|[\d,\u202f ]+|pas de chiffre)<\/text>/);
    expect(html.length).toBeLessThan(150_000);
  });
});

describe('an indicator per neighbourhood', () => {
  it('shades the latest period’s values, each written on its area and in the table', async () => {
    const hoodSlugs = ['bord-de-riviere', 'la-gare', 'les-hauts', 'les-tilleuls', 'vieux-port'];
    const row = await ctx.deps.db.selectFrom('indicator_value').select('indicator_code').where('area', 'in', hoodSlugs).executeTakeFirstOrThrow();
    const html = await (await ctx.client().get(`/indicators/${row.indicator_code}`)).text();
    expect(inlineMap.exec(html)?.[2]).toMatch(/^Carte\u202f: .+ par quartier, \S+$/);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const figures = [...svg.matchAll(/<tspan [^>]*>([^<]+)<\/tspan>/g)].map((m) => m[1]);
    expect(figures).toHaveLength(5);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    for (const figure of figures.filter((f) => f !== 'pas de chiffre')) expect(table).toContain(figure);
    expect(figures.some((f) => f !== 'pas de chiffre')).toBe(true);
  });
});
