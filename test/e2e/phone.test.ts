import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, openBrowser, startServer, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser({ phone: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PAGE_LIMIT = Number(process.env.PHONE_WALK_PAGES ?? 30);
const MAX_PAGE_BYTES = 50 * 1024;

// Public pages only: no admin area, no actions, no downloads, no language switch (the walk is run in each language).
const skipped = /^\/(admin|api|uploads|static|moderation)(\/|$)|^\/account\/(?!sign-in$|sign-up$)|\.(csv|json|ics|geojson|svg|png|jpg|xml)$|\/export|\/download/;

async function linksOn(page: Page): Promise<string[]> {
  // getAttribute, not .href: a map's pin is an SVG <a>, whose .href is an SVGAnimatedString, not a URL.
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
  return hrefs.flatMap((href) => {
    const url = new URL(href);
    if (url.origin !== server.baseUrl || url.searchParams.has('lang') || skipped.test(url.pathname)) return [];
    url.hash = '';
    return [url.pathname + url.search];
  });
}

/** Walks the demo city from its home page, breadth first, checking each page at 390 px. */
async function walk(lang: 'fr' | 'en'): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(`${server.baseUrl}/?lang=${lang}`);
  const css = (await (await fetch(`${server.baseUrl}/static/style.css`)).text()).length;
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const visited: string[] = [];
  while (queue.length && visited.length < PAGE_LIMIT) {
    const path = queue.shift()!;
    const response = await page.goto(server.baseUrl + path).catch(() => null);
    // Downloads (CSV, calendars, data files) are not pages.
    if (!response?.headers()['content-type']?.startsWith('text/html')) continue;
    expect(response.status(), path).toBeLessThan(400);
    expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
    await expectAccessible(page);
    // Horizontal link lists draw no bullet (it would sit on the previous word).
    const bullets = await page.$$eval('ul.actions > li, ul.inline-list > li', (items) => items.filter((li) => getComputedStyle(li).listStyleType !== 'none').length);
    expect(bullets, `${path}: bullets in horizontal lists`).toBe(0);
    const html = (await response.body()).length;
    expect(html + css, `${path}: HTML and CSS under 50 KB`).toBeLessThan(MAX_PAGE_BYTES);
    visited.push(path);
    for (const link of await linksOn(page)) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  await page.close();
  return visited;
}

// Each page gets an axe audit: a walk takes minutes on a loaded machine.
it.each(['fr', 'en'] as const)('fits every public page of the demo city on a 390 px phone, accessible and under 50 KB (%s)', async (lang) => {
  const visited = await walk(lang);
  expect(visited.length).toBe(PAGE_LIMIT);
  expect(visited).toEqual(expect.arrayContaining(['/', '/processes', '/legal/privacy', '/legal/accessibility']));
}, 900_000);

it('marks the current sort of a comment list with aria-current', async () => {
  const page = await browser.context.newPage();
  // The demo proposals carry debates: the first proposal page with a sortable comment list.
  const found = await findCommentSort(page);
  expect(found, 'a page with sortable comments').not.toBeNull();
  const current = page.locator('ul.actions a[aria-current="true"]');
  expect(await current.count()).toBe(1);
  expect(await current.evaluate((a) => getComputedStyle(a).fontWeight)).toBe('700');
  await page.close();
});

async function findCommentSort(page: Page): Promise<string | null> {
  await page.goto(`${server.baseUrl}/processes`);
  const processes = await page.$$eval('main a[href^="/processes/"]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname));
  for (const process of processes) {
    await page.goto(server.baseUrl + process);
    for (const component of await page.$$eval('main a[href*="/c/"]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname))) {
      await page.goto(server.baseUrl + component);
      for (const proposal of (await page.$$eval('main a[href^="/proposals/"]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname))).slice(0, 5)) {
        await page.goto(server.baseUrl + proposal);
        if (await page.$('ul.actions a[aria-current]')) return proposal;
      }
    }
  }
  return null;
}

it('folds the main menu into a closed <details> on a phone, opened by a tap without JavaScript', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.baseUrl}/?lang=fr`);
  const menu = page.locator('nav details.menu');
  expect(await menu.getAttribute('open')).toBeNull();
  expect(await page.locator('nav').getByRole('link', { name: 'Démarches participatives' }).isVisible()).toBe(false);
  await page.click('nav details.menu > summary');
  expect(await page.locator('nav').getByRole('link', { name: 'Démarches participatives' }).isVisible()).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.baseUrl}/`);
  // Wide screens show the links without a tap, and the "Menu" button is gone.
  expect(await page.locator('nav').getByRole('link', { name: 'Démarches participatives' }).isVisible()).toBe(true);
  expect(await page.locator('nav details.menu > summary').isVisible()).toBe(false);
  await page.close();
});
