import type { Page } from 'playwright-core';
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

async function submit(page: Page, selector = 'main form.stacked button[type=submit]') {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

async function signOut(page: Page) {
  await Promise.all([page.waitForNavigation(), page.click('form[action="/account/sign-out"] button')]);
}

const statOpen = async (page: Page) => Number(await page.textContent('#stat-open strong'));
const statPersonal = async (page: Page) => Number(await page.textContent('#stat-personal strong'));

it('an admin registers a camera and an air-quality sensor; a visitor reads and prints; a resident questions; the department answers; history follows', { timeout: 600_000 }, async () => {
  const page = await browser.context.newPage();
  const base = server.baseUrl;

  await page.goto(`${base}/registers/dashboard`);
  await expectAccessible(page);
  const openBefore = await statOpen(page);
  const personalBefore = await statPersonal(page);

  // An admin files an active camera with person detection in the Old Harbour.
  await signIn(page, base, 'admin@bellerive.example', 'bellerive-admin');
  await page.goto(`${base}/registers/sensors/new`);
  await expectAccessible(page);
  await page.fill('#field-name_fr', 'Caméra quai Saint-Jean');
  await page.selectOption('#field-department_id', { label: 'Direction de la tranquillité publique' });
  await page.selectOption('#field-status', 'active');
  // A first try without the DTPR answers is refused beside each field.
  await submit(page);
  expect(await page.textContent('#field-purposes')).toContain('Obligatoire pour ce statut.');
  await expectAccessible(page);
  await page.selectOption('#field-neighbourhood_id', { label: 'Vieux-Port' });
  await page.fill('#field-address', 'Quai Saint-Jean');
  for (const id of ['purposes-safety_security', 'technologies-identifiable_video', 'technologies-person_detection', 'data_types-pixel_based_image', 'processing-encrypted_at_rest', 'storage-stored_locally', 'access-available_to_the_accountable_organization', 'retention-data_retained']) await page.check(`#${id}`);
  await page.check('#field-personal_data');
  await page.fill('#field-retention_days', '30');
  await submit(page);
  expect(await page.textContent('h1')).toBe('Caméra quai Saint-Jean');
  const cameraUrl = page.url().split('?')[0];

  await page.goto(`${base}/registers/sensors/new`);
  await page.fill('#field-name_fr', 'Capteur de qualité de l’air, quai Saint-Jean');
  await page.selectOption('#field-department_id', { label: 'Service environnement et santé' });
  await page.selectOption('#field-status', 'active');
  for (const id of ['purposes-health', 'technologies-air_quality', 'data_types-values_time', 'processing-aggregated', 'access-available_to_download', 'retention-data_retained']) await page.check(`#${id}`);
  await page.fill('#field-retention_days', '730');
  await submit(page);
  expect(await page.textContent('h1')).toBe('Capteur de qualité de l’air, quai Saint-Jean');
  await signOut(page);

  // A visitor reads the camera's page in French and prints its sign.
  await page.goto(cameraUrl);
  expect(await page.getAttribute('html', 'lang')).toBe('fr');
  const text = (await page.textContent('main'))!;
  for (const q of ['Pourquoi est-il là\u202F?', 'Que détecte-t-il\u202F?', 'Combien de temps sont-elles gardées\u202F?', 'Détection de personnes', 'Retenu 30 jours']) expect(text).toContain(q);
  await expectAccessible(page);
  await Promise.all([page.waitForNavigation(), page.click('a[href$="/sign"]')]);
  expect(await page.textContent('h1')).toBe('Caméra quai Saint-Jean');
  expect(await page.locator('.sign-qr svg').count()).toBe(1);
  await expectAccessible(page);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

  // A resident asks a question; it is public and counted as open.
  await signIn(page, base, 'amina@bellerive.example', 'bellerive-amina');
  await page.goto(cameraUrl);
  await page.fill('#question-body', 'Les images filment-elles la terrasse du café ?');
  await submit(page, 'form[action$="/questions"] button[type=submit]');
  expect(await page.textContent('section[aria-labelledby=questions]')).toContain('Les images filment-elles la terrasse du café ?');
  await expectAccessible(page);
  await page.goto(`${base}/registers/dashboard`);
  expect(await statOpen(page)).toBe(openBefore + 1);
  expect(await statPersonal(page)).toBe(personalBefore + 1);
  await signOut(page);

  // The department (here the city admin) answers publicly, then shortens the retention.
  await signIn(page, base, 'admin@bellerive.example', 'bellerive-admin');
  await page.goto(cameraUrl);
  await page.fill('textarea[name=answer]', 'Non, un masque numérique cache la terrasse.');
  await submit(page, 'form[action$="/answer"] button[type=submit]');
  expect(await page.textContent('section[aria-labelledby=questions]')).toContain('Non, un masque numérique cache la terrasse.');
  await page.goto(`${base}/registers/dashboard`);
  expect(await statOpen(page)).toBe(openBefore);
  await expectAccessible(page);

  await page.goto(`${cameraUrl}/edit`);
  await expectAccessible(page);
  await page.fill('#field-retention_days', '7');
  await submit(page);
  const history = (await page.textContent('section[aria-labelledby=history]'))!;
  expect(history).toContain('Conservation\u202F: « Retenu 30 jours » devient « Retenu 7 jours »');
  await expectAccessible(page);

  // The lists and the algorithm register are accessible too, in English as well.
  for (const path of ['/registers', '/registers/sensors?personal=yes', '/registers/algorithms?lang=en', '/admin/registers']) {
    await page.goto(`${base}${path}`);
    await expectAccessible(page);
  }
  await page.goto(`${base}/registers/algorithms?lang=fr`);
  await Promise.all([page.waitForNavigation(), page.click('main a:has-text("Score de risque de fraude aux aides sociales")')]);
  expect(await page.textContent('#autonomy + p')).toContain('L\'IA signale, l\'humain décide');
  await expectAccessible(page);
});
