// Browser journey of the quality-of-life barometer on the demo city, with JavaScript off: a resident
// without an account answers the open survey on getting around through its chain of conditions (bike →
// feeling unsafe → wanting separate lanes → which street), saves halfway and resumes, sends, and reads
// the results; last year's quality-of-life results, the city profile they fed and the participation
// page are read in French and English; the admin opens the survey's management page. Axe finds no
// serious or critical problem on any of these pages: axe needs script, so each page is checked again
// in a second browser that has JavaScript and the same cookies.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openScriptlessJourney, type RunningServer, type ScriptlessJourney, signIn, startServer } from './support.ts';

let server: RunningServer;
let journey: ScriptlessJourney;
let browser: ScriptlessJourney['browser'];
let page: Page;

beforeAll(async () => {
  server = await startServer();
  journey = await openScriptlessJourney();
  ({ browser, page } = journey);
});
afterAll(async () => {
  await journey?.close();
  await server?.stop();
});

const accessible = () => journey.accessible();
const submit = (selector: string) => journey.submit(selector);
const main = () => journey.main();

it('a resident answers the chained survey without JavaScript, saves, resumes and sends; everyone reads the results', async () => {
  await page.goto(`${server.baseUrl}/processes/barometre-qualite-de-vie`);
  await accessible();
  await submit('a:has-text("Se déplacer à Bellerive")');
  await accessible();
  await submit('a:has-text("Répondre au questionnaire")');
  await accessible();
  expect(await main()).toContain('Page 1 sur 2');

  await page.check('label:has-text("À vélo")');
  await submit('button:has-text("Page suivante")');
  expect(await main()).toContain('Vous sentez-vous en sécurité à vélo\u202F?');
  await page.check('label:has-text("2 — Plutôt pas")');
  await submit('button:has-text("Page suivante")');
  expect(await main()).toContain('Qu’est-ce qui vous rassurerait\u202F?');
  await page.check('label:has-text("Des pistes séparées des voitures")');
  await submit('button:has-text("Enregistrer et finir plus tard")');
  expect(await main()).toContain('Vos réponses sont enregistrées');

  await submit('a:has-text("Reprendre mes réponses")');
  await submit('button:has-text("Page suivante")');
  await submit('button:has-text("Page suivante")');
  expect(await page.isChecked('label:has-text("Des pistes séparées des voitures")')).toBe(true);
  await submit('button:has-text("Page suivante")');
  expect(await main()).toContain('Sur quelle rue une piste séparée manque-t-elle le plus\u202F?');
  await page.fill('textarea', 'Avenue de la Gare');
  await submit('button:has-text("Page suivante")');
  await accessible();

  // The last page: a matrix, a short text and the neighbourhood.
  for (const item of ['Les bus', 'Les vélos en libre-service', 'Les trottoirs']) await page.check(`fieldset.matrix-item:has(> legend:text-is("${item}")) label:has-text("4 — Bon")`);
  await page.check('label:has-text("Quartier de la Gare")');
  await submit('button:has-text("Envoyer mes réponses")');
  expect(await main()).toContain('Merci\u202F: vos réponses sont envoyées.');
  expect(await main()).toContain('Vous avez déjà répondu à ce questionnaire.');

  await submit('a:has-text("Voir les résultats")');
  await accessible();
  expect(await main()).toContain('ces résultats sont provisoires');
  await page.goto(`${page.url()}?lang=en`);
  expect(await main()).toContain('Any number below 5 is shown as “fewer than 5”');
  await accessible();
});

it('last year’s quality-of-life results, the city profile they fed and the participation page read in French and English', async () => {
  await page.goto(`${server.baseUrl}/processes/barometre-qualite-de-vie?lang=fr`);
  await submit('a:has-text("Qualité de vie dans mon quartier")');
  await submit('a:has-text("Voir les résultats")');
  await accessible();
  expect(await main()).toContain('Êtes-vous satisfait de la qualité de l’air\u202F?');
  expect(await main()).toMatch(/Réponses\s: \d{3}/);

  const lastYear = String(new Date().getUTCFullYear() - 1);
  await page.goto(`${server.baseUrl}/city-profile?period=${lastYear}&lang=fr`);
  await accessible();
  expect(await main()).toContain('qualité de vie ressentie');
  await page.goto(`${server.baseUrl}/city-profile?period=${lastYear}&lang=en`);
  await accessible();

  await page.goto(`${server.baseUrl}/participation?year=${lastYear}&lang=fr`);
  await accessible();
  expect(await main()).toContain('Compte confirmé');
  expect(await main()).toContain('habitants');
  await page.goto(`${server.baseUrl}/participation?year=${lastYear}&lang=en`);
  await accessible();
  expect(await main()).toContain('Participants without an account');
});

it('the admin manages the survey: its conditions spelled out, the free-text answers, the participation settings', async () => {
  await page.context().clearCookies();
  await signIn(page, server.baseUrl, 'admin@bellerive.example', 'bellerive-admin');
  await page.goto(`${server.baseUrl}/processes/barometre-qualite-de-vie`);
  await submit('a:has-text("Se déplacer à Bellerive")');
  await submit('a:has-text("Gérer les questions")');
  await accessible();
  expect(await main()).toContain('Affichée si\u202F: Vous sentez-vous en sécurité à vélo\u202F? ≤ 2');
  await submit('a:has-text("Lire les réponses libres")');
  await accessible();
  // The answer sent above waits in the pool until nine more arrive or the survey closes: not listed yet.
  expect(await main()).toContain('Sur quelle rue une piste séparée manque-t-elle le plus\u202F?');
  expect(await main()).not.toContain('Avenue de la Gare');
  await page.goto(`${server.baseUrl}/admin/participation`);
  await accessible();
});
