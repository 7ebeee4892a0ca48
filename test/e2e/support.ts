import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningServer } from '../support/server.ts';

export { freePort, startServer, type RunningServer } from '../support/server.ts';

/** The phone width the journeys check pages at (an iPhone 12 to 15 held upright). */
export const PHONE_WIDTH = 390;

/**
 * Debian's chromium driven by playwright-core, on a fresh temporary profile (with JavaScript off when asked,
 * to prove pages work without it). `phone: true` opens it 390 px wide: then every page any tab loads is
 * checked to be no wider than the screen, and `close()` fails the journey naming the pages that were.
 * `locale` sets the browser's language (its Accept-Language header; French by default).
 */
export async function openBrowser(
  options: { javaScriptEnabled?: boolean; phone?: boolean; locale?: string } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'cocity-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(options.phone ? { viewport: { width: PHONE_WIDTH, height: 844 }, isMobile: false } : {}),
    // A Bellerive resident's browser asks for French unless a journey says otherwise (the pages follow Accept-Language).
    locale: options.locale ?? 'fr-FR',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const tooWide: string[] = [];
  const watch = (page: Page) =>
    page.on('load', () => {
      overflowOf(page).then((problem) => problem && tooWide.push(problem), () => undefined);
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      expect(tooWide, 'pages wider than the phone screen').toEqual([]);
    },
  };
}

/** A journey's two browsers: the one without JavaScript it walks with, and one with script where axe checks the same page. */
export type ScriptlessJourney = Awaited<ReturnType<typeof openScriptlessJourney>>;

/**
 * Opens a browser with JavaScript off (to prove every page works without it) and a second one where axe runs:
 * axe needs script, so `accessible()` opens the page the first shows, as the same person, in the second.
 */
export async function openScriptlessJourney() {
  const browser = await openBrowser({ javaScriptEnabled: false });
  const axeBrowser = await openBrowser();
  const page = await browser.context.newPage();
  const axePage = await axeBrowser.context.newPage();
  return {
    browser,
    page,
    async accessible(): Promise<void> {
      await axeBrowser.context.clearCookies();
      await axeBrowser.context.addCookies(await browser.context.cookies());
      await axePage.goto(page.url());
      await expectAccessible(axePage);
    },
    /** Clicks and waits for the page the click leads to. */
    async submit(selector: string): Promise<void> {
      await Promise.all([page.waitForNavigation(), page.click(selector)]);
    },
    /** The text of the page's main region. */
    async main(): Promise<string> {
      return (await page.textContent('main')) ?? '';
    },
    async close(): Promise<void> {
      await browser.close();
      await axeBrowser.close();
    },
  };
}

// At phone width, the document must not be wider than the screen (no sideways scrolling of the whole page).
async function overflowOf(page: Page): Promise<string | null> {
  const width = page.viewportSize()?.width ?? Infinity;
  if (width > PHONE_WIDTH) return null;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  return scrollWidth <= width ? null : `${page.url()} is ${scrollWidth} px wide`;
}

/** At phone width, fails when the page is wider than the screen; at other widths does nothing. */
export async function expectFitsPhone(page: Page): Promise<void> {
  expect(await overflowOf(page)).toBeNull();
}

/** Runs axe on the page and fails on any serious or critical violation, naming them (and, at phone width, on a page wider than the screen). */
export async function expectAccessible(page: Page): Promise<void> {
  await expectFitsPhone(page);
  // On a page without JavaScript axe never answers: fail in two minutes with the reason, not at the journey's timeout.
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`axe did not finish on ${page.url()}: is JavaScript off in this browser? Audit through openScriptlessJourney().accessible()`)), 120_000);
  });
  const results = await Promise.race([new AxeBuilder({ page }).analyze(), stalled]).finally(() => clearTimeout(timer));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} on ${page.url()}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** The newest outbox mail to an address, read from the server's SQLite file (what an admin sees at /admin/outbox). */
export async function lastMailTo(server: RunningServer, address: string): Promise<{ subject: string; text: string } | null> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(server.dataDir, 'cocity.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('select subject, text_body from outbox where to_address = ? order by created_at desc limit 1').get(address.toLowerCase()) as { subject: string; text_body: string } | undefined;
    return row ? { subject: row.subject, text: row.text_body } : null;
  } finally {
    db.close();
  }
}

/** The first link in a mail's text. */
export function linkIn(text: string): string {
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`no link in mail: ${text}`);
  return match[0];
}

/** Signs in through the real form. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/account/sign-in`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
}
