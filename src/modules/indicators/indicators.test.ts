import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { seedDemoIndicators } from './seed.ts';
import { insertBelleriveNeighbourhoods } from './test-city.ts';

let ctx: TestContext;
let admin: TestClient;
const countValues = async () => Number((await ctx.deps.db.selectFrom('indicator_value').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const header = 'indicator,area,period,value,kind,n,source\n';
const csvForm = (text: string) => {
  const form = new FormData();
  form.append('file', new File([text], 'values.csv', { type: 'text/csv' }));
  form.append('csv', '');
  return form;
};

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  await insertBelleriveNeighbourhoods(ctx.deps.db);
});
afterAll(() => ctx.close());

describe('the catalogue', () => {
  it('ships about thirty indicators covering the six dimensions, both kinds, with sources, in the API contract', async () => {
    const { indicators } = await (await ctx.client().get('/api/v1/indicators')).json();
    expect(indicators.length).toBeGreaterThanOrEqual(30);
    expect(new Set(indicators.map((i: { dimension: string }) => i.dimension))).toEqual(new Set(['economy', 'people', 'governance', 'mobility', 'environment', 'living']));
    for (const i of indicators) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['code', 'name', 'dimension', 'factor', 'unit', 'polarity', 'kind']));
      expect(i.name.fr && i.name.en && i.source).toBeTruthy();
      expect(['higher-better', 'lower-better']).toContain(i.polarity);
    }
    const pm25 = indicators.find((i: { code: string }) => i.code === 'pm25');
    expect(pm25).toMatchObject({ dimension: 'environment', factor: 'pollution', unit: 'µg/m³', polarity: 'lower-better', kind: 'objective', sdg: '11.6.2' });
    expect(indicators.find((i: { code: string }) => i.code === 'transit-access').sdg).toBe('11.2.1');
    for (const dimension of ['economy', 'people', 'governance', 'mobility', 'environment', 'living']) {
      expect(indicators.filter((i: { dimension: string; kind: string }) => i.dimension === dimension && i.kind === 'perceived').length).toBeGreaterThan(0);
    }
  });

  it('shows each indicator’s definition, source and method, in French and English', async () => {
    const fr = await (await ctx.client().get('/indicators/pm25')).text();
    expect(fr).toContain('Concentration moyenne annuelle en particules fines PM2,5');
    expect(fr).toContain('Atmo');
    expect(fr).toContain('11.6.2');
    expect(await (await ctx.client().get('/indicators/pm25?lang=en')).text()).toContain('Modelled annual mean, weighted by the population');
    expect((await ctx.client().get('/indicators/nothing-here')).status).toBe(404);
  });

  it('lets an admin add an indicator; a factor from another dimension is refused beside the field', async () => {
    const base = { code: 'night-noise', name_fr: 'Bruit nocturne', name_en: 'Night noise', dimension: 'environment', unit: 'dB(A)', polarity: 'lower-better', kind: 'objective', source: 'Ville', method_fr: 'Mesure', method_en: 'Measure', iso37120: '', sdg: '' };
    const refused = await admin.post('/admin/indicators/new', { ...base, factor: 'health' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('Ce facteur n’appartient pas à la dimension choisie.');
    expect(page).toContain('value="Bruit nocturne"');
    expect((await admin.post('/admin/indicators/new', { ...base, factor: 'pollution' })).status).toBe(303);
    expect((await admin.post('/admin/indicators/new', { ...base, factor: 'pollution' })).status).toBe(400);
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.get('/admin/indicators')).status).toBe(403);
    expect((await resident.post('/admin/indicators/import', { csv: header + 'pm25,city,2031,1,,,\n' })).status).toBe(403);
  });
});

describe('importing values', () => {
  it('imports a CSV file in one go, and a second import replaces values rather than doubling them', async () => {
    const first = await admin.postMultipart('/admin/indicators/import', csvForm(header + 'pm25,city,2030,10.5,objective,,Atmo\npm25,vieux-port,2030,12,,,\n'));
    expect(first.status).toBe(303);
    expect(await countValues()).toBe(2);
    expect((await admin.postMultipart('/admin/indicators/import', csvForm(header + 'pm25,city,2030,9.5,,,\n'))).status).toBe(303);
    expect(await countValues()).toBe(2);
    const { values } = await (await ctx.client().get('/api/v1/indicator-values?indicator=pm25&area=city')).json();
    expect(values).toEqual([{ indicator: 'pm25', area: 'city', period: '2030', value: 9.5, kind: 'objective', n: null, source: '' }]);
  });

  it('refuses a file with bad lines, naming each line, and writes none of it', async () => {
    const res = await admin.postMultipart('/admin/indicators/import', csvForm(header + 'pm25,les-hauts,2030,8,,,\npm99,les-hauts,2030,8,,,\npm25,city,2030,abc,,,\n'));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('2 lignes refusées\u202F: rien n’a été importé.');
    expect(page).toContain('Ligne 3\u202F: indicateur inconnu « pm99 »');
    expect(page).toContain('Ligne 4\u202F: valeur « abc »\u202F: pas un nombre');
    expect(await countValues()).toBe(2);
  });

  it('takes pasted text too, and says when there is nothing to import', async () => {
    const empty = await admin.post('/admin/indicators/import', { csv: '  ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Choisissez un fichier ou collez son contenu.');
    expect((await admin.post('/admin/indicators/import', { csv: header + 'pm25,les-hauts,2030,8,,,\n' })).status).toBe(303);
    expect(await countValues()).toBe(3);
  });

  it('lets an admin enter one value by hand, with errors beside the fields and the values kept', async () => {
    const refused = await admin.post('/admin/indicators/values', { indicator: 'no2', area: 'city', period: '2030-13', value: '12,5', n: '', source: '' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('value="12,5"');
    expect(page).toContain('Un nombre, décimales avec un point.');
    expect((await admin.post('/admin/indicators/values', { indicator: 'no2', area: 'nowhere', period: '2030', value: '1', n: '', source: '' })).status).toBe(400);
    expect((await admin.post('/admin/indicators/values', { indicator: 'no2', area: 'city', period: '2030', value: '21.5', n: '', source: 'Atmo' })).status).toBe(303);
    expect(await countValues()).toBe(4);
  });

  it('exports the values as CSV in the import format, which imports back unchanged', async () => {
    const csv = await (await ctx.client().get('/indicators/values.csv')).text();
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['indicator,area,period,value,kind,n,source', 'no2,city,2030,21.5,objective,,Atmo']);
    expect((await admin.postMultipart('/admin/indicators/import', csvForm(csv))).status).toBe(303);
    expect(await countValues()).toBe(4);
    expect(await (await ctx.client().get('/api/v1/indicator-values.csv?period=2030&indicator=no2')).text()).toBe('indicator,area,period,value,kind,n,source\r\nno2,city,2030,21.5,objective,,Atmo\r\n');
  });

  it('pages the JSON values with a cursor', async () => {
    const first = await (await ctx.client().get('/api/v1/indicator-values?limit=2')).json();
    expect(first.values).toHaveLength(2);
    const second = await (await ctx.client().get(`/api/v1/indicator-values?limit=2&after=${first.next}`)).json();
    expect(second.values).toHaveLength(2);
    expect(second.next).toBeNull();
    expect(new Set([...first.values, ...second.values].map((v: { indicator: string; area: string }) => `${v.indicator}/${v.area}`)).size).toBe(4);
    expect((await ctx.client().get('/api/v1/indicator-values?after=not-a-cursor')).status).toBe(400);
  });
});

describe('the profile pages and API on the demo city', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  beforeAll(async () => {
    await ctx.deps.db.deleteFrom('indicator_value').execute();
    await seedDemoIndicators(ctx.deps.db, now);
  });

  it('publishes the profile of the city and each neighbourhood on the six dimensions, null below 75 % coverage', async () => {
    const res = await ctx.client().get('/api/v1/city-profile?period=2024');
    const profile = await res.json();
    expect(profile.period).toBe('2024');
    expect(profile.areas.map((a: { area: string }) => a.area)).toEqual(['city', 'vieux-port', 'les-tilleuls', 'la-gare', 'bord-de-riviere', 'les-hauts']);
    for (const area of profile.areas) {
      expect(area.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual(['economy', 'people', 'governance', 'mobility', 'environment', 'living']);
      for (const d of area.dimensions) {
        expect(Object.keys(d).sort()).toEqual(['coverage', 'dimension', 'objective', 'perceived']);
        expect(d.coverage).toBeGreaterThanOrEqual(0);
        expect(d.coverage).toBeLessThanOrEqual(1);
      }
    }
    // The heights had one governance indicator of three in 2024: not shown (1/3 < 75 %), its perceived side still is.
    const heights = profile.areas.find((a: { area: string }) => a.area === 'les-hauts').dimensions.find((d: { dimension: string }) => d.dimension === 'governance');
    expect(heights.objective).toBeNull();
    expect(heights.perceived).toEqual(expect.any(Number));
    expect(heights.coverage).toBeCloseTo(3 / 5, 12);
    // Without a period: the latest, where the heights have all three.
    const latest = await (await ctx.client().get('/api/v1/city-profile')).json();
    expect(latest.period).toBe('2025');
    expect(latest.areas[5].dimensions[2].objective).toEqual(expect.any(Number));
    expect((await ctx.client().get('/api/v1/city-profile?period=last-year')).status).toBe(400);
  });

  it('draws the city’s radar as SVG with the same numbers in a table and a summary, in French and English', async () => {
    const fr = await (await ctx.client().get('/city-profile')).text();
    expect(fr).toContain('Profil de la ville sur six dimensions — 2025');
    expect(fr.match(/<svg class="radar"/g)).toHaveLength(2);
    expect(fr).toContain('<title id="radar-objective-title">Toute la ville\u202F: indicateurs mesurés</title>');
    expect(fr).toContain('En résumé');
    expect(fr).toContain('href="/city-profile/neighbourhoods/la-gare?period=2025"');
    expect(fr).not.toMatch(/<script|style="/);
    const en = await (await ctx.client().get('/city-profile?period=2024&lang=en')).text();
    expect(en).toContain('The city’s profile on six dimensions — 2024');
    expect(await (await ctx.client().get('/city-profile/neighbourhoods/les-hauts?period=2024&lang=en')).text()).toContain('Measured indicators not shown for lack of data (fewer than 75 % of the indicators): Governance.');
    expect((await ctx.client().get('/city-profile?period=1999')).status).toBe(404);
  });

  it('shows a neighbourhood against the city, neighbourhoods compared on one dimension, and change between periods', async () => {
    const hood = await (await ctx.client().get('/city-profile/neighbourhoods/la-gare?period=2025')).text();
    expect(hood).toContain('Profil de Quartier de la Gare face à la ville — 2025');
    expect(hood).toContain('trait plein\u202F: Quartier de la Gare\u202F; pointillés\u202F: Toute la ville');
    expect(hood).toContain('stroke-dasharray="6 4"');
    expect(hood).toContain('Par rapport à l’ensemble de la ville, Quartier de la Gare est en retard en');
    expect((await ctx.client().get('/city-profile/neighbourhoods/city')).status).toBe(404);
    const compare = await (await ctx.client().get('/city-profile/compare?dimension=environment&period=2025&lang=en')).text();
    expect(compare).toContain('Neighbourhoods compared: Environment — 2025');
    expect(compare).toContain('Annual mean PM2.5 concentration');
    expect((await ctx.client().get('/city-profile/compare?dimension=weather')).status).toBe(404);
    const change = await (await ctx.client().get('/city-profile/change')).text();
    expect(change).toContain('Évolution de 2024 à 2025');
    expect(change).toContain('moins bien');
    expect(await (await ctx.client().get('/city-profile/change?from=2025&to=2025')).text()).toContain('Choisissez deux périodes différentes.');
  });

  it('marks a neighbourhood named in French only on the English profile pages', async () => {
    const { db } = ctx.deps;
    const before = await db.selectFrom('neighbourhood').select('name_en').where('slug', '=', 'la-gare').executeTakeFirstOrThrow();
    await db.updateTable('neighbourhood').set({ name_en: '' }).where('slug', '=', 'la-gare').execute();
    try {
      const hood = await (await ctx.client().get('/city-profile/neighbourhoods/la-gare?period=2025&lang=en')).text();
      expect(hood).toContain('Quartier de la Gare (in French)');
      const compare = await (await ctx.client().get('/city-profile/compare?dimension=environment&period=2025&lang=en')).text();
      expect(compare).toContain('<span lang="fr">Quartier de la Gare</span>');
      const city = await (await ctx.client().get('/city-profile?period=2025&lang=en')).text();
      expect(city).toMatch(/period=2025"><span lang="fr">Quartier de la Gare<\/span> <span class="other-language">\(in French\)<\/span><\/a>/);
    } finally {
      await db.updateTable('neighbourhood').set({ name_en: before.name_en }).where('slug', '=', 'la-gare').execute();
    }
  });
});
