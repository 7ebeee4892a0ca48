import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import type { AggregateCell } from './fold.ts';
import { superviseExpiry } from './expiry.ts';
import { upsertCells } from './ingest.ts';
import { insertSensor } from './test-fixtures.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
const lastHour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - HOUR_MS;

// One PM2.5 cell per day for 40 days: 12 µg/m³ on even days, 20 on odd days (above the WHO 24-hour guideline of 15).
const dayMean = (daysAgo: number) => (daysAgo % 2 === 0 ? 12 : 20);
const cell = (sensorId: string, period: 'hour' | 'day', start: number, mean: number): AggregateCell => ({ sensorId, neighbourhoodId: 'hood-a', model: 'AirQualityObserved', measure: 'pm25', period, start: new Date(start).toISOString(), count: 4, sum: mean * 4, min: mean - 1, max: mean + 1, energy: null });
const history = (sensorId: string) => [...Array.from({ length: 40 }, (_, i) => cell(sensorId, 'day', today - i * DAY_MS, dayMean(i))), cell(sensorId, 'hour', lastHour, 17.25)];

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.deps.db;
  await db.insertInto('neighbourhood').values({ id: 'hood-a', slug: 'quartier-a', name_fr: 'Quartier A', name_en: 'District A', position: 0 }).execute();
  await insertSensor(db, 'air-long', { technologies: ['air_quality'], neighbourhoodId: 'hood-a', retentionDays: 365 });
  await insertSensor(db, 'air-short', { technologies: ['air_quality'], neighbourhoodId: 'hood-a', retentionDays: 7 });
  await insertSensor(db, 'air-silent', { technologies: ['air_quality'], neighbourhoodId: 'hood-a' });
  await db.transaction().execute((trx) => upsertCells(trx, [...history('air-long'), ...history('air-short')]));
});
afterAll(() => ctx.close());

const page = async (id: string, lang: 'fr' | 'en') => {
  const res = await ctx.client().get(`/registers/sensors/${id}?lang=${lang}`);
  expect(res.status).toBe(200);
  return res.text();
};
const section = (html: string) => /<section aria-labelledby="live-figures"[\s\S]*?(?=<section aria-labelledby="facts")/.exec(html)?.[0] ?? '';

describe('live figures on a sensor’s register entry', () => {
  it('shows the last hour, the last day, a 30-day chart with its table and the WHO guidelines with their source', async () => {
    const html = section(await page('air-long', 'en'));
    expect(html).toContain('What this sensor measured');
    expect(html).toMatch(/Last hour[\s\S]*17\.3 µg\/m³/);
    expect(html).toContain('15 µg/m³ over 24 hours (WHO 2021)');
    expect(html).toContain('5 µg/m³ annual mean (WHO 2021)');
    expect(html).toContain('WHO global air quality guidelines, 2021');
    const svg = /<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toMatch(/aria-label="Fine particles PM2\.5, daily means from [^"]+\(30 days measured\), between 12 and 20 µg\/m³\. 24-hour guideline \(15 µg\/m³, WHO 2021\) exceeded on 15 days\."/);
    // Greyscale: the days above the guideline are squares (15), the others circles (15); the guideline is dashed.
    expect(svg.match(/<rect /g)).toHaveLength(15);
    expect(svg.match(/<circle /g)).toHaveLength(15);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).not.toMatch(/href|https?:/);
    // The table: 30 days, the same means, the days above the guideline said in words.
    const table = html.slice(html.indexOf('Daily means over the last 30 days'));
    expect(table.match(/<tr><th scope="row">/g)).toHaveLength(30);
    expect(table.match(/above the 24-hour guideline/g)).toHaveLength(15);
  });

  it('is in French too, and shows nothing for a sensor that never sent anything', async () => {
    const html = section(await page('air-long', 'fr'));
    expect(html).toContain('Ce que ce capteur a mesuré');
    expect(html).toContain('15 µg/m³ sur 24 heures (WHO 2021)');
    expect(html).toContain('Lignes directrices mondiales de l’OMS sur la qualité de l’air, 2021');
    expect(html).toContain('dépassée 15 jours');
    expect(await page('air-silent', 'fr')).not.toContain('live-figures');
  });

  it('applies the retention declared in the register: past it, aggregates are neither shown nor kept', async () => {
    const html = section(await page('air-short', 'en'));
    // 7 days of retention: the days 0 to 6 ago remain of the 40 (the 7th day ago starts before the cutoff).
    expect(html).toContain('(7 days measured)');
    const api = (await (await ctx.client().get(`/api/v1/observations?type=AirQualityObserved&period=day&since=${new Date(today - 60 * DAY_MS).toISOString()}`)).json()) as { observations: { device: string | null }[] };
    expect(api.observations.filter((o) => o.device === 'air-short')).toHaveLength(7);
    expect(api.observations.filter((o) => o.device === 'air-long')).toHaveLength(40);
    // The module's background work deletes them at start (and every ten minutes), without any ingestion.
    await superviseExpiry(ctx.deps).stop();
    const kept = await ctx.deps.db.selectFrom('observation_aggregate').select(['sensor_id']).select((eb) => eb.fn.countAll<number>().as('n')).where('period', '=', 'day').groupBy('sensor_id').orderBy('sensor_id').execute();
    expect(kept.map((k) => [k.sensor_id, Number(k.n)])).toEqual([['air-long', 40], ['air-short', 7]]);
  });
});
