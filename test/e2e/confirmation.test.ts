// Browser journey on the demo city: nothing is lost by one click. An admin
// finds that the climate plan's proposals cannot be removed (residents took part) and unpublishes them
// instead; removes an empty component through its confirmation page in French and English; goes back
// to following the dates for the current phase; takes a moderator's role away after confirming; a
// resident deletes their comment through the inline confirmation. Every page is checked with axe, and
// the confirmation pages carry no script at all, so they work the same with JavaScript turned off (axe
// itself needs JavaScript to run in the page).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, openBrowser, signIn, startServer, type RunningServer } from './support.ts';

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

/** Ids the journey needs, read from the server's SQLite file (what an admin would find by clicking around). */
async function demoIds() {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(server.dataDir, 'cocity.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const process = db.prepare("select id from process where slug = 'plan-climat-tilleuls'").get() as { id: string };
    const component = db.prepare("select id from component where process_id = ? and type = 'proposals'").get(process.id) as { id: string };
    const proposal = db.prepare('select id from proposal where component_id = ? order by created_at limit 1').get(component.id) as { id: string };
    const phase = db.prepare('select id from phase where process_id = ? order by position limit 1').get(process.id) as { id: string };
    return { processId: process.id, componentId: component.id, proposalId: proposal.id, phaseId: phase.id };
  } finally {
    db.close();
  }
}

async function visit(path: string) {
  await page.goto(server.baseUrl + path);
  await expectAccessible(page);
}

async function submit(selector: string) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
  await expectAccessible(page);
}

/** A page that works without JavaScript has no script to depend on. */
async function expectNoScript() {
  expect(await page.locator('script').count()).toBe(0);
}

async function signInAs(email: string, password: string) {
  await page.context().clearCookies();
  await signIn(page, server.baseUrl, email, password);
  await expectAccessible(page);
}

// Each step runs axe on several pages: on a loaded machine one step can pass the default two minutes.
describe('nothing is lost by one click', { timeout: 600_000 }, () => {
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    ids = await demoIds();
  });

  it('refuses to remove a component residents took part in, says why in both languages, and unpublishes it instead', async () => {
    await signInAs('admin@bellerive.example', 'bellerive-admin');
    const base = `/admin/processes/${ids.processId}/components/${ids.componentId}`;
    await visit(base);
    expect(await page.textContent('.danger-zone')).toContain('Ce qui en dépend');
    await visit(`${base}/delete`);
    expect(await page.textContent('h1')).toBe('Ce composant ne peut pas être retiré');
    expect(await page.textContent('main')).toMatch(/\d+ propositions/);
    expect(await page.locator('input[name="confirmed"]').count()).toBe(0);
    await expectNoScript();
    await visit(`${base}/delete?lang=en`);
    expect(await page.textContent('h1')).toBe('This component cannot be removed');
    await submit(`form[action="${base}/unpublish"] button`);
    expect(await page.textContent('.flash')).toContain('only administrators see it');
    await submit(`form[action="${base}/publish"] button`);
    await visit('/?lang=fr');
  });

  it('removes an empty component through its confirmation page, in French then in English', async () => {
    await visit(`/admin/processes/${ids.processId}`);
    await page.selectOption('#field-type', 'page');
    await page.fill('#field-name_fr', 'Page à retirer');
    await submit(`form[action="/admin/processes/${ids.processId}/components"] button`);
    await submit('.danger-zone a.button.danger');
    expect(await page.textContent('h1')).toBe('Retirer le composant « Page à retirer »\u202F?');
    expect(await page.textContent('.confirm')).toContain('Ce qui sera perdu définitivement');
    await expectNoScript();
    await submit('a[lang="en"]');
    expect(await page.textContent('h1')).toBe('Remove the component “Page à retirer”?');
    await submit('form button.danger');
    expect(await page.textContent('.flash')).toBe('Component removed.');
    expect(await page.textContent('main')).not.toContain('Page à retirer');
    await visit('/?lang=fr');
  });

  it('goes back to following the dates after a phase chosen by hand', async () => {
    await visit(`/admin/processes/${ids.processId}`);
    await page.selectOption('select[name=phase_id]', ids.phaseId);
    await submit(`form[action="/admin/processes/${ids.processId}/current-phase"] button`);
    expect(await page.textContent('main')).toContain('(choisie à la main)');
    await page.selectOption('select[name=phase_id]', 'dates');
    await submit(`form[action="/admin/processes/${ids.processId}/current-phase"] button`);
    expect(await page.textContent('main')).toContain('(selon les dates)');
  });

  it('takes a moderator\'s role away only after a confirmation page', async () => {
    await visit('/admin/users?q=Yanis');
    const row = page.locator('tr', { hasText: 'Yanis Benali' });
    await row.locator('select').selectOption('resident');
    await Promise.all([page.waitForNavigation(), row.locator('button').click()]);
    await expectAccessible(page);
    expect(await page.textContent('h1')).toBe('Retirer le rôle « Modérateur·rice » à Yanis Benali\u202F?');
    await expectNoScript();
    await submit('form button.danger');
    expect(await page.textContent('.flash')).toContain('Rôle modifié');
    expect(await page.locator('tr', { hasText: 'Yanis Benali' }).locator('option[selected]').textContent()).toBe('Habitant·e');
  });

  it('lets a resident delete their comment through the inline confirmation', async () => {
    await signInAs('sarah@bellerive.example', 'bellerive-sarah');
    await visit(`/proposals/${ids.proposalId}`);
    await page.fill('#comment-body-new', 'A comment I will take back.');
    await submit('form.comment-new button[type=submit]');
    const mine = page.locator('li.comment', { hasText: 'A comment I will take back.' });
    await mine.locator('details.confirm summary').click();
    await expectAccessible(page);
    await expectNoScript();
    expect(await mine.locator('details.confirm').textContent()).toContain('Il ne pourra pas être rétabli.');
    await submit('li.comment details.confirm[open] button.danger');
    expect(await page.textContent('#comments')).toContain('Commentaire supprimé par son auteur·rice.');
    expect(await page.textContent('#comments')).not.toContain('A comment I will take back.');
  });
});
