import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, lastMailTo, linkIn, openBrowser, signIn, startServer, type RunningServer } from './support.ts';

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

/** Goes to a page and checks it with axe, as every visited page must pass. */
async function visit(page: Page, path: string) {
  await page.goto(server.baseUrl + path);
  await expectAccessible(page);
}

async function submit(page: Page, selector = 'main form.stacked button[type=submit]') {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
  await expectAccessible(page);
}

describe('foundation journey', () => {
  it('a newcomer signs up, confirms by the emailed link, signs in, creates an organisation and invites a member', async () => {
    const page = await browser.context.newPage();
    await visit(page, '/account/sign-up');
    await page.fill('#field-name', 'Inès Moreau');
    await page.fill('#field-email', 'ines@example.org');
    await page.fill('#field-password', 'un jardin sur le toit');
    await page.check('#field-terms');
    await submit(page);
    expect(await page.textContent('h1')).toBeTruthy();

    const mail = await lastMailTo(server, 'ines@example.org');
    expect(mail?.subject).toContain('confirmez votre adresse');
    await page.goto(linkIn(mail!.text));
    await expectAccessible(page);
    await submit(page);

    await signIn(page, server.baseUrl, 'ines@example.org', 'un jardin sur le toit');
    await expectAccessible(page);
    expect(new URL(page.url()).pathname).toBe('/account');

    await visit(page, '/organisations/new');
    await page.fill('#field-name', 'Les Amis du Canal');
    await page.selectOption('#field-kind', 'association');
    await page.fill('#field-description', 'Nettoyage des berges et balades commentées.');
    await page.fill('#field-website', 'https://amis-du-canal.example');
    await submit(page);
    expect(new URL(page.url()).pathname).toBe('/organisations/les-amis-du-canal');
    expect(await page.textContent('h1')).toContain('Les Amis du Canal');

    await visit(page, '/organisations/les-amis-du-canal/members');
    await page.fill('#field-email', 'sarah@bellerive.example');
    await submit(page, 'form[action$="/invitations"] button[type=submit]');
    const invitation = await lastMailTo(server, 'sarah@bellerive.example');
    expect(invitation?.text).toContain('/organisations/invitations');


    // The invited member (a demo resident) accepts, and is listed on the public page.
    await submit(page, 'form[action="/account/sign-out"] button');
    await signIn(page, server.baseUrl, 'sarah@bellerive.example', 'bellerive-sarah');
    await visit(page, '/organisations/invitations');
    await page.check('form[action$="/accept"] input[name=listed]');
    await submit(page, 'form[action$="/accept"] button[type=submit]');
    await visit(page, '/organisations/les-amis-du-canal');
    expect(await page.textContent('main')).toContain('Sarah Okafor');
    await submit(page, 'form[action="/account/sign-out"] button');
  });

  it('an admin creates a process with three phases and a page component, publishes it, and a visitor reads it in French and English', { timeout: 600_000 }, async () => {
    const page = await browser.context.newPage();
    await signIn(page, server.baseUrl, 'admin@bellerive.example', 'bellerive-admin');
    await visit(page, '/admin/processes/new');
    await page.fill('#field-slug', 'jardins-partages');
    await page.fill('#field-title_fr', 'Des jardins partagés dans chaque quartier');
    await page.fill('#field-title_en', 'Shared gardens in every neighbourhood');
    await page.fill('#field-summary_fr', 'Où planter, qui jardine, comment partager les récoltes ?');
    await page.fill('#field-summary_en', 'Where to plant, who gardens, how to share the harvest?');
    await submit(page);
    const adminPath = new URL(page.url()).pathname;
    expect(adminPath).toMatch(/^\/admin\/processes\/[\w-]+$/);

    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const phases: [string, string, number, number][] = [
      ['Idées', 'Ideas', -10, 10],
      ['Choix des lieux', 'Choosing places', 11, 40],
      ['Plantations', 'Planting', 41, 90],
    ];
    for (const [fr, en, from, to] of phases) {
      await visit(page, `${adminPath}/phases/new`);
      await page.fill('#field-name_fr', fr);
      await page.fill('#field-name_en', en);
      await page.fill('#field-starts_on', day(from));
      await page.fill('#field-ends_on', day(to));
      await submit(page);
    }

    await visit(page, adminPath);
    await page.selectOption('form[action$="/components"] #field-type', 'page');
    await page.fill('form[action$="/components"] #field-name_fr', 'Le règlement');
    await page.fill('form[action$="/components"] #field-name_en', 'The rules');
    await submit(page, 'form[action$="/components"] button[type=submit]');
    await page.fill('#field-body_fr', 'Chaque jardin est **ouvert à tous** les habitants du quartier.');
    await page.fill('#field-body_en', 'Every garden is **open to all** residents of the neighbourhood.');
    await submit(page);

    await visit(page, adminPath);
    await submit(page, `form[action="${adminPath}/publish"] button`);
    await submit(page, 'form[action="/account/sign-out"] button');

    // A visitor, in French (the default), then in English.
    await visit(page, '/?lang=fr');
    expect(await page.textContent('main')).toContain('Des jardins partagés dans chaque quartier');
    await visit(page, '/processes/jardins-partages');
    const fr = await page.textContent('main');
    expect(fr).toContain('Idées');
    expect(fr).toContain('Le règlement');
    expect(await page.getAttribute('[aria-current="step"]', 'aria-current')).toBe('step');
    await page.click('main a:has-text("Le règlement")');
    await expectAccessible(page);
    expect(await page.innerHTML('main')).toContain('<strong>ouvert à tous</strong>');

    await visit(page, '/processes/jardins-partages?lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const en = await page.textContent('main');
    expect(en).toContain('Shared gardens in every neighbourhood');
    expect(en).toContain('Choosing places');
    await visit(page, '/');
    expect(await page.textContent('main')).toContain('Shared gardens in every neighbourhood');
  });
});
