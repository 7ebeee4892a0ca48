import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, openBrowser, startServer, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('serves the demo city home page, accessible, in French then English', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.baseUrl + '/');
  expect(await page.getAttribute('html', 'lang')).toBe('fr');
  await expectAccessible(page);
  await page.click('a[lang="en"]');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await expectAccessible(page);
});

it('stops cleanly on SIGTERM with a browser still connected (closes the database, exits 0)', async () => {
  // The browser keeps a keep-alive connection open; shutdown must not wait for it.
  expect((await fetch(server.baseUrl + '/processes')).status).toBe(200);
  const code = await server.stop();
  expect(code).toBe(0);
});
