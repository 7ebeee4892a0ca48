import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, openBrowser, signIn, startServer, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('a visitor reads the demo city’s measurements; an admin binds a device whose token then sends a notification that counts', async () => {
  const page = await browser.context.newPage();
  const base = server.baseUrl;

  await page.goto(`${base}/observations`);
  await expectAccessible(page);
  expect(await page.textContent('h1')).toBe('Ce que mesurent les capteurs');
  await Promise.all([page.waitForNavigation(), page.click('a[href="/observations/les-tilleuls"]')]);
  await expectAccessible(page);
  expect(await page.textContent('main')).toContain('WHO 2021');
  await page.goto(`${base}/observations/bord-de-riviere?lang=en`);
  await expectAccessible(page);
  expect(await page.textContent('main')).toContain('Mean sound level (LAeq)');

  await signIn(page, base, 'admin@bellerive.example', 'bellerive-admin');
  await page.goto(`${base}/admin/observations?lang=fr`);
  await expectAccessible(page);
  await page.selectOption('#field-sensor_id', { label: 'Compteur de piétons, parvis de la gare' });
  await page.fill('#field-device_ref', 'urn:ngsi-ld:Device:gare-pietons');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/admin/observations/devices"] button')]);
  await expectAccessible(page);
  const token = (await page.textContent('#device-token'))!.trim();

  const res = await fetch(`${base}/api/v1/observations/ngsi-ld`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ type: 'Notification', data: [{ id: 'urn:ngsi-ld:CrowdFlowObserved:gare', type: 'CrowdFlowObserved', dateObserved: new Date(Date.now() - 60_000).toISOString(), peopleCount: 40 }] }),
  });
  expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
  await page.goto(`${base}/observations`);
  expect(await page.textContent('#theme-crowds + table')).toContain('Quartier de la Gare');
});

it('the air-quality sensor’s register entry shows its live figures, 30-day chart and WHO guidelines on a phone, light and accessible', async () => {
  const phone = await openBrowser({ phone: true, locale: 'en-GB' });
  try {
    const page = await phone.context.newPage();
    await page.goto(`${server.baseUrl}/registers/sensors`);
    const entry = await page.locator('main a', { hasText: 'Air-quality sensor, Les Tilleuls school' }).first().getAttribute('href');
    const response = await page.goto(`${server.baseUrl}${entry}`);
    const html = (await response?.text()) ?? '';
    // The page stays small: charts and tables are drawn on the server, with nothing else to load.
    expect(html.length).toBeLessThan(150_000);
    await expectAccessible(page);
    expect(await page.textContent('#live-figures')).toBe('What this sensor measured');
    expect(await page.getAttribute('#trend-pm25-caption + svg[role="img"]', 'aria-label')).toMatch(/^Fine particles PM2\.5, daily means from .+ µg\/m³\. 24-hour guideline \(15 µg\/m³, WHO 2021\) exceeded on/);
    expect(await page.textContent('.sensor-figures')).toContain('WHO global air quality guidelines, 2021');
  } finally {
    await phone.close();
  }
});
