import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, openBrowser, startServer, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

const title = 'Planter des arbres fruitiers le long de la rue des Écoles';

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Goes to a page and checks it with axe. */
async function visit(path: string) {
  await page.goto(server.baseUrl + path);
  await expectAccessible(page);
}

/** Clicks a submit button, waits for the next page and checks it with axe. */
async function submit(selector: string) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
  await expectAccessible(page);
}

async function signInAs(email: string, password: string) {
  await page.context().clearCookies();
  await visit('/account/sign-in');
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await submit('main button[type=submit]');
}

describe('co-creation journey', () => {
  let proposalPath = '';

  it('a resident proposes in the climate plan', async () => {
    await signInAs('amina@bellerive.example', 'bellerive-amina');
    await visit('/processes/plan-climat-tilleuls');
    const componentHref = await page.getAttribute('a[href*="/c/"]:has-text("Propositions")', 'href');
    expect(componentHref).toBeTruthy();
    await visit(componentHref!);
    expect(await page.textContent('main')).toContain('Ouvrir la cour de l’école Jean-Jaurès');
    await submit('a.button[href$="/new"]');
    await page.fill('#field-title', title);
    await page.fill('#field-body', 'Des pommiers et des poiriers donneraient de l’ombre l’été et des fruits à partager à la rentrée.');
    await page.selectOption('#field-category', 'environment');
    await page.selectOption('#field-neighbourhood', { label: 'Les Tilleuls' });
    await page.fill('#field-address', 'Rue des Écoles');
    await submit('main form.stacked button[type=submit]');
    proposalPath = new URL(page.url()).pathname;
    expect(proposalPath).toMatch(/^\/proposals\/[\w-]+$/);
    expect(await page.textContent('h1')).toBe(title);

    await page.fill('#field-invitee', 'comite-des-tilleuls');
    await submit('form[action$="/coauthors"] button[type=submit]');
    expect(await page.textContent('main')).toContain('invitation en attente');
  });

  it('an association co-signs through one of its members', async () => {
    await signInAs('louis@bellerive.example', 'bellerive-louis');
    await visit(proposalPath);
    await submit('form[action$="/accept"] button[type=submit]');
    const facts = await page.textContent('dl.proposal-facts');
    expect(facts).toContain('Co-signataires');
    expect(facts).toContain('Comité de quartier des Tilleuls');
  });

  it('a second resident supports and comments against', async () => {
    await signInAs('sarah@bellerive.example', 'bellerive-sarah');
    await visit(proposalPath);
    await submit(`form[action="${proposalPath}/support"] button[type=submit]`);
    expect(await page.textContent('#supports-title + p')).toMatch(/^1 /);
    await page.fill('#comment-body-new', 'Against: fruit falling on the pavement will make it slippery for older people.');
    await page.check('#comment-stance-against');
    await submit('form.comment-new button[type=submit]');
    expect(await page.textContent('#comments')).toContain('fruit falling on the pavement');
  });

  it('the admin answers "accepted" and the email goes to the author', async () => {
    await signInAs('admin@bellerive.example', 'bellerive-admin');
    await visit(proposalPath);
    await page.selectOption('#field-status', 'accepted');
    await page.fill('#field-rationale', 'Accepté : le service des espaces verts plantera douze arbres fruitiers en novembre.');
    await page.check('#field-publish');
    await submit(`form[action="${proposalPath}/answer"] button[type=submit]`);
    expect(await page.textContent('.official-answer')).toContain('douze arbres fruitiers');
    await visit('/admin/outbox');
    const outbox = await page.textContent('main');
    expect(outbox).toContain('amina@bellerive.example');
    expect(outbox).toContain(title);
  });

  it('the author sees the notification in the app', async () => {
    await signInAs('amina@bellerive.example', 'bellerive-amina');
    await visit('/account/notifications');
    expect(await page.textContent('main')).toContain(`Réponse officielle de la ville sur « ${title} »`);
    await visit(proposalPath);
    expect(await page.textContent('main')).toContain('Acceptée');
  });

  it('the proposal is in the open data, and the list and statistics pages are accessible', async () => {
    const csv = await (await page.request.get(`${server.baseUrl}/api/v1/processes/plan-climat-tilleuls/proposals.csv`)).text();
    const line = csv.split('\r\n').find((l) => l.includes(title));
    expect(line).toContain('"accepted"');
    expect(line).toContain('"0","1","0","resident"');
    expect(csv).not.toContain('Amina Diallo');
    await visit('/processes/plan-climat-tilleuls');
    const componentHref = await page.getAttribute('a[href*="/c/"]:has-text("Propositions")', 'href');
    await visit(`${componentHref}?q=arbres+fruitiers`);
    expect(await page.textContent('main')).toContain(title);
    await visit(`${componentHref}/stats`);
    await page.goto(`${server.baseUrl}${componentHref}?lang=en`);
    await expectAccessible(page);
  });
});
