// Browser journey of the city's own maps on the demo city: a resident places a proposal with a click on the
// map (JavaScript) and by the form alone (no JavaScript); each map's pins are links a keyboard reaches and
// agree with the table beside it; no request leaves the server; axe finds nothing serious; pages with a
// map stay under 150 KB.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, openBrowser, openScriptlessJourney, signIn, startServer, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const outside: string[] = [];

/** Records every request a browser makes to anything but this server (a tile, a font, an analytics beacon). */
function watchRequests(context: BrowserContext) {
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) outside.push(request.url());
  });
}

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  watchRequests(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function demoDb() {
  return new Database(join(server.dataDir, 'cocity.sqlite'), { readonly: true, fileMustExist: true });
}

/** Goes to a page and returns how many bytes it took: the HTML and everything it loaded (styles, script, images). */
async function weighedVisit(page: Page, path: string): Promise<number> {
  const sizes: Promise<number>[] = [];
  const onResponse = (response: { body(): Promise<Buffer> }) => sizes.push(response.body().then((b) => b.length, () => 0));
  page.on('response', onResponse);
  await page.goto(server.baseUrl + path, { waitUntil: 'load' });
  page.off('response', onResponse);
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

/** The pins of a page's map (links in the layer over the picture) and the counts of the table beside it. */
async function mapAndTable(page: Page): Promise<{ pins: string[]; counted: number }> {
  const pins = await page.$$eval('.map-stack svg.map-links a', (links) => links.map((a) => a.getAttribute('href')!));
  const counted = await page.$$eval('table.map-table tbody td', (cells) => cells.reduce((sum, td) => sum + Number(td.textContent), 0));
  return { pins, counted };
}

const title = 'Un banc sous le grand tilleul de la place';
const scriptlessTitle = 'Une fontaine à eau sur le quai';

it('places proposals on the map with and without JavaScript; every map is links, agrees with its table, stays small and local', { timeout: 300_000 }, async () => {
  const db = demoDb();
  const tilleuls = db.prepare("select id from neighbourhood where slug = 'les-tilleuls'").get() as { id: string };
  const harbour = db.prepare("select id from neighbourhood where slug = 'vieux-port'").get() as { id: string };
  // Points known to lie in each neighbourhood: the demo's placed sensors.
  const inTilleuls = db.prepare('select latitude, longitude from register_sensor where neighbourhood_id = ? and latitude is not null').get(tilleuls.id) as { latitude: number; longitude: number };
  const inHarbour = db.prepare('select latitude, longitude from register_sensor where neighbourhood_id = ? and latitude is not null').get(harbour.id) as { latitude: number; longitude: number };
  const budget = db.prepare('select id from budget order by created_at limit 1').get() as { id: string };
  db.close();

  const page = await browser.context.newPage();
  await page.goto(`${server.baseUrl}/processes/plan-climat-tilleuls`);
  const listPath = (await page.getAttribute('a[href*="/c/"]:has-text("Propositions")', 'href'))!;

  // With JavaScript: a click on the map fills the coordinates and the neighbourhood.
  await signIn(page, server.baseUrl, 'amina@bellerive.example', 'bellerive-amina');
  await page.goto(`${server.baseUrl}${listPath}/new`);
  await expectAccessible(page);
  await page.fill('#field-title', title);
  await page.fill('#field-body', 'Un banc à l’ombre pour les personnes âgées qui traversent la place chaque matin.');
  await page.selectOption('#field-category', 'environment');
  await page.locator('svg[data-picker]').scrollIntoViewIfNeeded();
  const click = await page.evaluate(([lat, lon]) => {
    const svg = document.querySelector('svg[data-picker]') as SVGSVGElement;
    const [lon0, lonPx, lat0, latPx] = svg.getAttribute('data-transform')!.split(' ').map(Number);
    const point = svg.createSVGPoint();
    point.x = (lon - lon0) / lonPx;
    point.y = (lat - lat0) / latPx;
    const screen = point.matrixTransform(svg.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  }, [inTilleuls.latitude, inTilleuls.longitude]);
  await page.mouse.click(click.x, click.y);
  expect(await page.inputValue('#field-neighbourhood')).toBe(tilleuls.id);
  expect(Number(await page.inputValue('#field-latitude'))).toBeCloseTo(inTilleuls.latitude, 3);
  expect(Number(await page.inputValue('#field-longitude'))).toBeCloseTo(inTilleuls.longitude, 3);
  expect(await page.locator('svg[data-picker] circle[data-pin]').count()).toBe(1);
  await Promise.all([page.waitForNavigation(), page.click('main form.stacked button[type=submit]')]);
  const clickedPath = new URL(page.url()).pathname;
  expect(clickedPath).toMatch(/^\/proposals\/[\w-]+$/);
  expect(await page.locator('.locator svg[role="img"]').count()).toBe(1);

  // Without JavaScript: the neighbourhood and typed coordinates.
  const scriptless = await openScriptlessJourney();
  watchRequests(scriptless.browser.context);
  await signIn(scriptless.page, server.baseUrl, 'louis@bellerive.example', 'bellerive-louis');
  await scriptless.page.goto(`${server.baseUrl}${listPath}/new`);
  await scriptless.accessible();
  await scriptless.page.fill('#field-title', scriptlessTitle);
  await scriptless.page.fill('#field-body', 'Une fontaine pour remplir sa gourde en été, près de l’embarcadère.');
  await scriptless.page.selectOption('#field-category', 'environment');
  // The climate plan is the Tilleuls' process: a proposal for the whole city, placed by the harbour.
  await scriptless.page.selectOption('#field-neighbourhood', 'city');
  await scriptless.page.fill('#field-latitude', String(inHarbour.latitude).replace('.', ','));
  await scriptless.page.fill('#field-longitude', String(inHarbour.longitude));
  await scriptless.submit('main form.stacked button[type=submit]');
  const typedPath = new URL(scriptless.page.url()).pathname;
  expect(typedPath).toMatch(/^\/proposals\/[\w-]+$/);

  // Both are pins on the list's map, pins are real links (followed without JavaScript), and the table agrees.
  await scriptless.page.goto(`${server.baseUrl}${listPath}`);
  const listed = await mapAndTable(scriptless.page);
  expect(listed.pins).toEqual(expect.arrayContaining([clickedPath, typedPath]));
  expect(listed.counted).toBe(listed.pins.length);
  await scriptless.accessible();
  await scriptless.submit(`svg.map-links a[href="${typedPath}"]`);
  expect(await scriptless.page.textContent('h1')).toBe(scriptlessTitle);
  await scriptless.close();

  // Filtered to a neighbourhood, the map and its table still agree; a keyboard reaches the pins in turn.
  await page.goto(`${server.baseUrl}${listPath}?neighbourhood=${tilleuls.id}`);
  const filtered = await mapAndTable(page);
  expect(filtered.pins).toContain(clickedPath);
  expect(filtered.pins).not.toContain(typedPath);
  expect(filtered.counted).toBe(filtered.pins.length);
  await page.focus('svg.map-links a');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(focused).toBe(filtered.pins[0]);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(filtered.pins[1] ?? null);
  await page.focus('svg.map-links a');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  expect(new URL(page.url()).pathname).toBe(filtered.pins[0]);

  // Each page with a map: accessible, under 150 KB with what it loads, its pins the links of its table.
  for (const path of [listPath, `/budgets/${budget.id}`, '/registers/sensors']) {
    const bytes = await weighedVisit(page, path);
    expect(bytes, `${path} weighs ${bytes} bytes`).toBeLessThan(150_000);
    expect(await page.locator('svg[role="img"].city-map title').first().textContent()).toBeTruthy();
    const pins = await page.$$eval('svg.map-links a', (links) => links.map((a) => a.getAttribute('href')!));
    expect(pins.length, path).toBeGreaterThan(0);
    const tableLinks = await page.$$eval('main table a', (links) => links.map((a) => a.getAttribute('href')));
    if (path !== listPath) for (const href of pins) expect(tableLinks, path).toContain(href);
    await expectAccessible(page);
  }
  expect(outside).toEqual([]);
});
