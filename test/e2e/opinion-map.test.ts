// Browser journey of an opinion map on the demo city: the city admin adds a map to the participatory
// budget (its first phase is running), opens voting in that phase, asks the question, allows
// pseudonymous participation and writes ten seed statements. Eight residents then take part without
// signing up: each is a fresh browser identity (cookies cleared, so a new per-browser pseudonym), which is
// the fast way to get eight participants. They split into two camps and all agree on one statement.
// The results page shows two groups with that statement as common ground, and a recount of the
// downloaded Pol.is export with `cocity opinion analyze` finds the same groups.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { campOf, twoCampStatements, twoCampVote } from '../../src/modules/opinion-maps/testing/two-camps.ts';
import { expectAccessible, openBrowser, startServer, type RunningServer } from './support.ts';

const root = new URL('../..', import.meta.url).pathname;
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

/** The budget process and its running phase, read from the server's SQLite file (what the admin sees on the admin pages). */
async function budgetProcess() {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(server.dataDir, 'cocity.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const process = db.prepare("select id from process where slug = 'budget-participatif-2027'").get() as { id: string };
    const today = new Date().toISOString().slice(0, 10);
    const phase = db.prepare('select id from phase where process_id = ? and starts_on <= ? and ends_on >= ?').get(process.id, today, today) as { id: string };
    return { processId: process.id, phaseId: phase.id };
  } finally {
    db.close();
  }
}

async function submit(selector: string) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

async function signIn(email: string, password: string) {
  await page.goto(`${server.baseUrl}/account/sign-in`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await submit('main button[type=submit]');
}

it('eight residents map their opinions; the results and a recount of the export agree', async () => {
  // The sensors charter of the demo city already has a living map (closed, results public).
  await page.goto(`${server.baseUrl}/processes/charte-capteurs-urbains`);
  await submit('a:has-text("Carte d’opinion")');
  await expectAccessible(page);
  expect(await page.textContent('main')).toContain('La participation est fermée');
  await submit('a:has-text("Voir les résultats")');
  await expectAccessible(page);
  expect(await page.locator('section[aria-labelledby^="opinion-group-"]').count()).toBeGreaterThanOrEqual(2);

  // The admin adds the map and opens voting in the running phase.
  const { processId, phaseId } = await budgetProcess();
  await signIn('admin@bellerive.example', 'bellerive-admin');
  await page.goto(`${server.baseUrl}/admin/processes/${processId}`);
  await page.selectOption('#field-type', 'opinion-map');
  await page.fill('#field-name_fr', 'Carte d’opinion des capteurs');
  await page.fill('#field-name_en', 'Sensors opinion map');
  await submit('form[action$="/components"] button[type=submit]');
  const componentId = page.url().split('/').pop()!;
  await expectAccessible(page);
  await page.check(`input[name="phase.${phaseId}.votingEnabled"]`);
  await submit('main form.stacked button[type=submit]');

  // As host: the question, pseudonymous participation, ten seed statements.
  await page.goto(`${server.baseUrl}/opinion-maps/${componentId}/manage`);
  await expectAccessible(page);
  await page.fill('#field-question_fr', 'Quels capteurs voulons-nous dans l’espace public ?');
  await page.selectOption('#field-participation', 'pseudonymous');
  await submit('form[action$="/manage"] button[type=submit]');
  for (const text of twoCampStatements) {
    await page.fill('#field-body', text);
    await submit('form[action$="/manage/seed"] button[type=submit]');
  }
  expect(await page.locator('table tbody tr').count()).toBe(10);
  await expectAccessible(page);
  await submit('form[action="/account/sign-out"] button');

  // Eight residents, each a fresh browser identity, vote on the statement shown until none is left.
  const mapUrl = `${server.baseUrl}/processes/budget-participatif-2027/c/${componentId}`;
  for (let resident = 0; resident < 8; resident++) {
    await browser.context.clearCookies();
    await page.goto(mapUrl);
    if (resident === 0) await expectAccessible(page);
    for (let n = 0; n < 10; n++) {
      const text = (await page.textContent('form.opinion-vote blockquote'))!.trim();
      const statement = twoCampStatements.indexOf(text);
      expect(statement).toBeGreaterThanOrEqual(0);
      await submit(`form.opinion-vote button[value="${twoCampVote(resident, statement)}"]`);
    }
    expect(await page.textContent('main')).toContain('il en reste 0 sur 10');
  }
  await submit('a:has-text("Voir où vous vous situez sur la carte")');
  await expectAccessible(page);
  expect(await page.textContent('#you')).toContain('Vous êtes dans le groupe');

  // The public results: two groups, the shared statement as common ground.
  const groups = page.locator('section[aria-labelledby^="opinion-group-"] h2');
  expect(await groups.allTextContents()).toEqual(['Groupe A — 4 personnes', 'Groupe B — 4 personnes']);
  expect(await page.textContent('section[aria-labelledby="opinion-consensus"]')).toContain(twoCampStatements[8]);
  expect(await page.getAttribute('svg[role="img"]', 'aria-labelledby')).toBe('opinion-map-title opinion-map-desc');
  await page.goto(`${server.baseUrl}/opinion-maps/${componentId}/results?lang=en`);
  await expectAccessible(page);
  expect(await page.textContent('h2#opinion-consensus')).toBe('What every group agrees on');

  // Anyone can download the Pol.is export and recount it.
  const dir = mkdtempSync(join(tmpdir(), 'cocity-opinion-export-'));
  try {
    for (const file of ['comments.csv', 'votes.csv', 'participants-votes.csv', 'summary.csv']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[download="${file}"]`)]);
      await download.saveAs(join(dir, file));
    }
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/cocity.js', 'opinion', 'analyze', dir, '--json'], { cwd: root });
    const recount = JSON.parse(stdout) as { groups: { members: string[] }[] };
    const recounted = recount.groups.map((g) => g.members.map(Number).sort((a, b) => a - b));
    expect(recounted.map((m) => m.map(campOf)).sort()).toEqual([[0, 0, 0, 0], [1, 1, 1, 1]]);
    const api = (await (await fetch(`${server.baseUrl}/api/v1/opinion-maps/${componentId}/results`)).json()) as { groups: { members: number[] }[] };
    expect(api.groups.map((g) => g.members).sort()).toEqual(recounted.sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);
