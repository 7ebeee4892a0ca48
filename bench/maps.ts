/**
 * Maps: the proposals list of the demo city with 10,000 proposals placed on the map (clustered per
 * neighbourhood when dense), on SQLite. First the map alone (the located proposals' query, projection,
 * clustering and SVG, uncached), then the whole list page as residents get it, and the city map's
 * preparation (projection, simplification, labels) that every map reuses.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Polygon } from 'geojson';
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { prepareMap, renderMapSvg } from '../src/engines/maps/index.ts';
import { demoPointIn } from '../src/modules/geography/seed.ts';
import { installModules, migrateDatabase, modules } from '../src/modules/index.ts';
import { proposalListMap } from '../src/modules/proposals/list-map.ts';
import { lenientFilters } from '../src/modules/proposals/list-query.ts';
import { freshProposalColumns } from '../src/modules/proposals/new-row.ts';
import { buildDeps } from '../src/platform/deps.ts';
import { translator } from '../src/platform/i18n/index.ts';
import { belleriveNeighbourhoods } from '../src/seed/bellerive-geography.ts';
import { seedDemoCityIfEmpty } from '../src/seed/demo.ts';
import { pageTimesTable } from './page-times.ts';

const PINS = 10_000;
const RUNS = 30;
const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-maps-'));
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', COCITY_DEMO: '1', AUTH_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz' });
const handle = connectDatabase(config.databaseUrl);
const { db } = handle;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
async function timed<T>(run: () => Promise<T> | T): Promise<{ median: number; p99: number; last: T }> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99), last };
}

try {
  await migrateDatabase(handle);
  await seedDemoCityIfEmpty(handle, config);
  const component = await db.selectFrom('component').innerJoin('process', 'process.id', 'component.process_id').select(['component.id', 'component.process_id', 'process.slug']).where('component.type', '=', 'proposals').executeTakeFirstOrThrow();
  const author = await db.selectFrom('user').select('id').executeTakeFirstOrThrow();
  const hoods = await db.selectFrom('neighbourhood').select(['id', 'slug']).execute();
  const now = new Date().toISOString();
  const rows = Array.from({ length: PINS }, (_, i) => {
    const hood = hoods[i % hoods.length];
    const outline = belleriveNeighbourhoods.features.find((f) => f.properties?.slug === hood.slug)!.geometry as Polygon;
    return {
      id: randomUUID(), component_id: component.id, process_id: component.process_id, title: `Proposition de charge ${i}`, body: 'Texte de la proposition.', category: 'environment',
      neighbourhood_id: hood.id, address: '', author_user_id: author.id, author_org_id: null, show_member_name: 0, ...freshProposalColumns(), created_at: now, ...demoPointIn(outline, `charge ${i}`),
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('proposal').values(rows.slice(i, i + 500)).execute();

  const t = translator('fr');
  const base = `/processes/${component.slug}/c/${component.id}`;
  const located = await db.selectFrom('proposal').select((eb) => eb.fn.countAll<number>().as('n')).where('component_id', '=', component.id).where('latitude', 'is not', null).executeTakeFirstOrThrow();
  const oneHood = hoods.find((h) => h.slug === 'les-hauts')!;

  const mapAll = await timed(() => proposalListMap(db, t, 'fr', base, component.id, lenientFilters({}), false));
  const mapOne = await timed(() => proposalListMap(db, t, 'fr', base, component.id, lenientFilters({ neighbourhood: oneHood.id }), false));
  // Without clustering (every pin drawn), to show what clustering saves.
  const areas = belleriveNeighbourhoods.features.map((f) => ({ key: String(f.properties?.slug), name: String(f.properties?.name), geometry: f.geometry }));
  const prepared = await timed(() => prepareMap(areas));
  const unclustered = renderMapSvg(prepared.last, { id: 'all', title: 'all', pins: rows.map((r) => ({ ...prepared.last.project(r.longitude, r.latitude)!, x: prepared.last.project(r.longitude, r.latitude)![0], y: prepared.last.project(r.longitude, r.latitude)![1], href: `/proposals/${r.id}`, label: r.title, area: null })), links: { label: 'pins', clusterLabel: () => '' } });

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${cpus().length} cores, ${cpus()[0]?.model ?? 'cpu'}; SQLite; ${Number(located.n)} proposals placed on the map; median and p99 of ${RUNS} runs\n`);
  console.log('| map (server side) | pins drawn | clusters | SVG size | median ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, m] of [['proposals list map, unfiltered (query + draw, uncached)', mapAll], ['same, one neighbourhood (2,000 pins, clustered)', mapOne]] as const) {
    const drawn = m.last!.drawn;
    const pins = (drawn.svg.match(/<a href="\/proposals\//g) ?? []).length;
    const clusters = (drawn.svg.match(/<a href="\/processes\//g) ?? []).length;
    console.log(`| ${name} | ${pins} | ${clusters} | ${kb(drawn.svg.length)} | ${m.median.toFixed(1)} | ${m.p99.toFixed(1)} |`);
  }
  console.log(`| city map preparation (projection, shared-border simplification, labels; once per upload) | – | – | – | ${prepared.median.toFixed(1)} | ${prepared.p99.toFixed(1)} |`);
  console.log(`| for comparison: 10,000 pins drawn one by one (no clustering) | ${PINS} | 0 | ${kb(unclustered.length)} | – | – |\n`);

  const app = createApp(buildDeps(config, handle, installModules(modules), pino({ level: 'silent' })));
  const sensors = await db.selectFrom('budget').select('id').executeTakeFirstOrThrow();
  console.log('Whole pages (the list keeps its rendered fragment a few seconds, as in production):\n');
  console.log(await pageTimesTable(app, [
    { name: 'proposals list with its map, 10,000 placed', path: base },
    { name: 'sensors register with its map', path: '/registers/sensors' },
    { name: 'budget page with its map', path: `/budgets/${sensors.id}` },
    { name: 'new proposal form with the picker map (signed out: 401 page)', path: `${base}/new` },
  ], 50));
} finally {
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
}
