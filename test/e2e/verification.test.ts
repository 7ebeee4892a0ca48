// Browser journey of verification on the demo city: a resident who is not verified is refused the
// Les Tilleuls mini-budget vote, follows the link, verifies with the census (the documented test
// identity) and comes back to vote; help-desk staff verify another resident, who then casts a paper
// ballot and cannot vote online again. Axe checks every page.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, openBrowser, startServer, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The verified mini-budget's id, read from the server's SQLite file (what a resident finds by clicking around). */
async function miniBudgetId(): Promise<string> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(server.dataDir, 'cocity.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select id from budget where title_fr = 'Mini-budget climat des Tilleuls'").get() as { id: string }).id;
  } finally {
    db.close();
  }
}

async function go(path: string) {
  await page.goto(server.baseUrl + path);
  await expectAccessible(page);
}

async function submit(selector: string) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
  await expectAccessible(page);
}

async function signIn(email: string, password: string) {
  await page.context().clearCookies();
  await go('/account/sign-in');
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await submit('main button[type=submit]');
}

it('refuses an unverified vote, verifies by census and comes back; a help-desk verified person votes on paper once', { timeout: 300_000 }, async () => {
  const budgetId = await miniBudgetId();
  const ballot = `/budgets/${budgetId}/ballot`;

  // Amina is not verified: the ballot page says why and how, with no ballot form.
  await signIn('amina@bellerive.example', 'bellerive-amina');
  await go(ballot);
  expect(await page.locator('form[action$="/ballot/review"]').count()).toBe(0);
  // The ballot also carries its state notice (open until…); the verification notice is the one that says why.
  expect(await page.locator('main .notice', { hasText: 'vérifiés' }).count()).toBe(1);
  await submit('main .notice:has-text("vérifiés") a');
  expect(new URL(page.url()).pathname).toBe('/verification');

  // A wrong birth date is refused; the test identity of the demo census verifies her for Les Tilleuls.
  await page.fill('#field-identifier', 'BEL-0001');
  await page.fill('#field-birth_date', '03/02/1951');
  await submit('form[action="/verification/census"] button');
  expect(await page.locator('[role=alert]').first().textContent()).toContain('Aucune correspondance');
  await page.fill('#field-identifier', 'bel 0001');
  await page.fill('#field-birth_date', '02/02/1951');
  await submit('form[action="/verification/census"] button');
  expect(new URL(page.url()).pathname).toBe(ballot);

  // Back on the ballot: she votes.
  await page.check('#project-1');
  await submit('form[action$="/ballot/review"] button[type=submit]');
  await submit('form[action$="/ballot/cast"] button');
  expect(new URL(page.url()).pathname).toBe(`${ballot}/receipt`);

  // At the help desk, staff verify Louis in person (his document: BEL-0006, born 07/07/1956).
  await signIn('admin@bellerive.example', 'bellerive-admin');
  await go('/verification/desk');
  await page.fill('#field-account_email', 'louis@bellerive.example');
  await page.fill('#field-identifier', 'BEL-0006');
  await page.fill('#field-birth_date', '07/07/1956');
  await page.selectOption('#field-neighbourhood_id', { label: 'Les Tilleuls' });
  await submit('form[action="/verification/desk"] button');
  expect(await page.locator('main').textContent()).toContain('La personne est vérifiée');

  // He votes on paper at the desk, by his document.
  await go(`/admin/budgets/${budgetId}/paper`);
  await page.fill('#field-identity_reference', 'BEL-0006');
  await page.fill('#field-birth_date', '1956-07-07');
  await page.check('#project-2');
  await submit('form[action$="/paper"] button[type=submit]');
  expect(await page.locator('.error-summary').count()).toBe(0);

  // Online, his verified account has already voted: no ballot form, and a forged cast changes nothing.
  await signIn('louis@bellerive.example', 'bellerive-louis');
  await go(ballot);
  expect(await page.locator('main').textContent()).toMatch(/Vous avez voté|déjà voté/);
  expect(await page.locator('form[action$="/ballot/review"]').count()).toBe(0);
  const forged = await page.request.post(`${server.baseUrl}${ballot}/cast`, { form: { project: '1' }, headers: { origin: server.baseUrl }, maxRedirects: 0 });
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toMatch(/Vous avez voté|déjà voté/);
});
