import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ORIGIN, type TestClient, type TestContext } from '../../test/support/app.ts';
import { seedDemoCityIfEmpty } from './demo.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCityIfEmpty(ctx.handle, ctx.deps.config);
  const row = await ctx.deps.db.selectFrom('user').select(['id', 'email', 'name']).where('email', '=', 'admin@bellerive.example').executeTakeFirstOrThrow();
  admin = await ctx.client().signInAs(ctx, row);
}, 180_000);
afterAll(() => ctx.close());

// Downloads, feeds and files are not pages: their text follows their own format.
const notAPage = /\/api\/|\/files\/|\/uploads\/|\.(csv|json|ics|xml|geojson|png|svg|jpg|pdf|txt)(\?|$)|\/export|\/download|\/sign-out|\/print/;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e] ?? m)));

/**
 * What a reader sees or hears of a page in `lang`: its text, and the alt, title, aria-label and placeholder texts;
 * what is marked as written in the other language follows that language's rules, not the page's, and what a
 * form field holds is what someone typed (shown as it was typed).
 */
export function readableText(html: string, lang: 'fr' | 'en'): string {
  const other = lang === 'fr' ? 'en' : 'fr';
  const body = html.replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/gi, '').replace(new RegExp(`<(\\w+)\\b[^>]*\\slang="${other}"[^>]*>[\\s\\S]*?</\\1>`, 'g'), '');
  const attributes = [...body.matchAll(/\s(?:alt|title|aria-label|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  return decode([body.replace(/<[^>]*>/g, ''), ...attributes].join('\n'));
}

/** The places in a French text where « : ; ? ! » is not preceded by a narrow no-break space. */
export function frenchSpacingFaults(text: string): string[] {
  const wrongSpace = [...text.matchAll(/.{0,30}[ \u00A0\t\n][:;?!].{0,20}/g)].map((m) => m[0]);
  // A colon glued to the word before it; times (14:30), addresses (https://) and ratios are not punctuation.
  const glued = [...text.matchAll(/.{0,30}[^\s\u202F\d:]:(?!\/\/|\d).{0,20}/g)].map((m) => m[0]);
  return [...wrongSpace, ...glued];
}

/** The places in an English text where a space comes before « : ; ? ! ». */
export function englishSpacingFaults(text: string): string[] {
  return [...text.matchAll(/.{0,30}[\u00A0 ][:;?!](?=\s|$).{0,20}/gm)].map((m) => m[0]);
}

/** Visits the pages reachable from `start` by links, up to `limit`, one per path; returns each page's HTML. */
async function crawl(client: TestClient, starts: string[], lang: 'fr' | 'en', limit: number): Promise<Map<string, string>> {
  const seen = new Set<string>();
  const pages = new Map<string, string>();
  const queue = [...starts];
  while (queue.length && pages.size < limit) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await client.get(`${path}?lang=${lang}`);
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await res.text();
    pages.set(path, html);
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"#]+)/g)) {
      const url = new URL(decode(href), `${TEST_ORIGIN}${path}`);
      if (url.origin === TEST_ORIGIN && !notAPage.test(url.pathname) && !seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return pages;
}

const faultsOf = (pages: Map<string, string>, lang: 'fr' | 'en', find: (text: string) => string[]) =>
  [...pages].flatMap(([path, html]) => find(readableText(html, lang)).map((fault) => `${path}: ${JSON.stringify(fault)}`));

describe('typography of the demo city’s pages', () => {
  it('finds the faults it looks for, and only those', () => {
    expect(frenchSpacingFaults('Adresse : rue')).toHaveLength(1);
    expect(frenchSpacingFaults('Adresse: rue')).toHaveLength(1);
    expect(frenchSpacingFaults('Adresse\u202F: rue\u202F; à 14:30, https://example.org\u202F?')).toEqual([]);
    expect(englishSpacingFaults('Address : street')).toHaveLength(1);
    expect(englishSpacingFaults('Address: street at 14:30?')).toEqual([]);
  });

  it('puts a narrow no-break space before « : ; ? ! » on every French page an admin reaches, and never a plain one', async () => {
    const pages = await crawl(admin, ['/', '/admin'], 'fr', 160);
    expect(pages.size).toBeGreaterThan(60);
    require("node:fs").writeFileSync("/tmp/fr-faults.txt", faultsOf(pages, 'fr', frenchSpacingFaults).join("\n"));
    expect(faultsOf(pages, 'fr', frenchSpacingFaults)).toEqual([]);
  }, 240_000);

  it('puts no space before « : ; ? ! » on the English pages', async () => {
    const pages = await crawl(admin, ['/', '/admin'], 'en', 160);
    require("node:fs").writeFileSync("/tmp/en-faults.txt", faultsOf(pages, 'en', englishSpacingFaults).join("\n"));
    expect(faultsOf(pages, 'en', englishSpacingFaults)).toEqual([]);
  }, 240_000);
});
