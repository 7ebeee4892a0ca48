import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, openBrowser, openScriptlessJourney, startServer, type RunningServer } from './support.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

it('follows the browser’s language on a first visit, then remembers the one chosen with the switch', async () => {
  const english = await openBrowser({ locale: 'en-GB' });
  try {
    const page = await english.context.newPage();
    await page.goto(`${server.baseUrl}/processes`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page);
    await Promise.all([page.waitForNavigation(), page.click('a[lang="fr"]')]);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.goto(`${server.baseUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
  } finally {
    await english.close();
  }
  const german = await openBrowser({ locale: 'de-DE' });
  try {
    const page = await german.context.newPage();
    await page.goto(`${server.baseUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
  } finally {
    await german.close();
  }
});

it('reaches the four legal pages from the footer, in French and in English, accessible', async () => {
  // Walked without JavaScript; axe needs script, so the journey's second browser audits each page.
  const journey = await openScriptlessJourney();
  try {
    const { page } = journey;
    for (const [lang, titles] of [
      ['fr', ['Mentions légales', 'Politique de confidentialité', 'Conditions d’utilisation', 'Déclaration d’accessibilité']],
      ['en', ['Legal notice', 'Privacy policy', 'Terms of use', 'Accessibility statement']],
    ] as const) {
      for (const [index, slug] of (['notice', 'privacy', 'terms', 'accessibility'] as const).entries()) {
        await page.goto(`${server.baseUrl}/?lang=${lang}`);
        await journey.submit(`footer a[href="/legal/${slug}"]`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.textContent('h1')).toBe(titles[index]);
        await journey.accessible();
      }
    }
    await page.goto(`${server.baseUrl}/legal/privacy?lang=en`);
    expect(await journey.main()).toContain('Nobody, admins included, can know what you chose');
  } finally {
    await journey.close();
  }
  // Eight pages, each audited by axe: a few minutes on a loaded machine.
}, 300_000);
