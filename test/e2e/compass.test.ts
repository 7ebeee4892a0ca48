// Browser journey of the compass on the demo city: a visitor reads the compass and its method in French
// and English and filters it; an association's owner assesses an initiative for her association and
// proposes a new one; the admin publishes it, codes an interview by selecting text (the script fills
// in the range), publishes the analysis and reads the public summary. Every page is checked with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
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

async function submit(selector = 'main form.stacked button[type=submit]') {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

async function signOut() {
  await Promise.all([page.waitForNavigation(), page.click('form[action="/account/sign-out"] button')]);
}

it('a visitor reads the compass in French and English, filters it, and reads the method', async () => {
  const base = server.baseUrl;
  await page.goto(`${base}/compass`);
  expect(await page.textContent('h1')).toBe('La boussole de la ville');
  expect(await page.locator('svg.compass-chart').count()).toBe(1);
  expect(await page.locator('#contested li').count()).toBeGreaterThan(0);
  await expectAccessible(page);
  await page.selectOption('#filter-group', 'associations');
  await Promise.all([page.waitForNavigation(), page.click('form.compass-filters button[type=submit]')]);
  expect(page.url()).toContain('group=associations');
  expect(await page.locator('#compass-table td[data-group="city"]').count()).toBe(0);
  await Promise.all([page.waitForNavigation(), page.click('a[lang="en"]')]);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.textContent('h1')).toBe('The city’s compass');
  await expectAccessible(page);
  await page.goto(`${base}/compass/method?lang=en`);
  expect(await page.textContent('#method-table')).toContain('Effect on the environment');
  await expectAccessible(page);
  await page.goto(`${base}/compass/initiatives/comptage-wifi?lang=fr`);
  expect(await page.textContent('#initiative-links')).toContain('Borne Wi-Fi avec mesure d’affluence');
  await expectAccessible(page);
});

it('an association’s owner proposes an initiative; the admin publishes it; she assesses it for her association', async () => {
  const base = server.baseUrl;
  await signIn(page, base, 'amina@bellerive.example', 'bellerive-amina');
  await page.goto(`${base}/compass/initiatives/new`);
  await expectAccessible(page);
  await page.selectOption('#field-actor', { label: 'Bellerive en Transition' });
  await page.fill('#field-title_fr', 'Fresque du climat dans les écoles');
  await page.fill('#field-title_en', 'Climate fresco in schools');
  await page.fill('#field-description_fr', 'Des ateliers pour comprendre le climat, animés par des bénévoles.');
  await page.fill('#field-description_en', 'Workshops to understand the climate, run by volunteers.');
  await page.fill('#field-budget', '8000');
  await page.check('#dimensions-1');
  await submit();
  expect(await page.textContent('h1')).toBe('Fresque du climat dans les écoles');
  const proposal = page.url().split('?')[0];
  await signOut();
  await signIn(page, base, 'admin@bellerive.example', 'bellerive-admin');
  await page.goto(proposal);
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/publish"] button')]);
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/assessment"] button')]);
  expect(await page.textContent('main')).toContain('Évaluation ouverte.');
  await expectAccessible(page);
  await signOut();
  await signIn(page, base, 'amina@bellerive.example', 'bellerive-amina');
  await page.goto(`${proposal}/assess`);
  await expectAccessible(page);
  await page.selectOption('#field-actor', { label: 'Bellerive en Transition (Associations)' });
  await submit();
  expect(await page.textContent('.error-summary')).toContain('Choisissez une réponse de 1 à 5.');
  await expectAccessible(page);
  for (const [criterion, answer] of [['aim', 5], ['environment', 5], ['beneficiaries', 4], ['decision', 5], ['technology', 5], ['data', 5], ['dayToDay', 5], ['socialTies', 5]] as const) await page.check(`#${criterion}-${answer}`);
  await submit();
  expect(await page.textContent('.flash')).toContain('évaluation est enregistrée');
  expect(await page.textContent('#initiative-positions')).toContain('moins de 5');
  await signOut();
});

it('the admin codes an interview by selecting text, publishes the analysis, and anyone reads the summary', async () => {
  const base = server.baseUrl;
  await signIn(page, base, 'admin@bellerive.example', 'bellerive-admin');
  await page.goto(`${base}/compass/interviews`);
  await expectAccessible(page);
  await Promise.all([page.waitForNavigation(), page.click('#interviews a:text("Asso D")')]);
  await expectAccessible(page);
  // Select "qualité de vie ressentie" inside the first answer, as a mouse would.
  await page.evaluate(() => {
    const label = Array.from(document.querySelectorAll('#transcript label.unit')).find((l) => l.textContent!.includes('qualité de vie ressentie'))!;
    const text = label.firstChild!;
    const at = text.textContent!.indexOf('qualité de vie ressentie');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'qualité de vie ressentie'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.waitForFunction(() => (document.getElementById('selection') as HTMLInputElement).value !== '');
  expect(await page.textContent('#selection-status')).toContain('qualité de vie ressentie');
  await page.check('label:text("— Cadre de vie") >> xpath=preceding-sibling::input');
  await Promise.all([page.waitForNavigation(), page.click('#coding-form button[type=submit]')]);
  expect(await page.textContent('#segments')).toContain('qualité de vie ressentie');
  await page.goto(`${base}/compass/codebook`);
  await expectAccessible(page);
  await page.goto(`${base}/compass/analysis`);
  await expectAccessible(page);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/compass/analysis/publish"] button')]);
  expect(page.url()).toContain('/compass/findings');
  await signOut();
  await page.goto(`${base}/compass/findings?lang=en`);
  expect(await page.textContent('main')).toContain('fewer than 5');
  expect(await page.textContent('main')).toContain('Une ville où il fait bon vivre');
  await expectAccessible(page);
});
