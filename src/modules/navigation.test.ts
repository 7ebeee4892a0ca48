import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app.ts';
import { installModules } from './install.ts';
import { defineModule } from './define-module.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** The hrefs of the main navigation of the home page, in order, as this client sees it. */
async function navigationOf(client: ReturnType<TestContext['client']>): Promise<string[]> {
  const html = await (await client.get('/')).text();
  const nav = /<nav aria-label="[^"]*"><details class="menu"><summary>[^<]*<\/summary><ul>(.*?)<\/ul><\/details><\/nav>/s.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<li><a href="([^"]+)">/g)].map((m) => m[1]);
}

describe('main navigation built from the installed modules', () => {
  it('shows every public section, in position order, to a visitor', async () => {
    expect(await navigationOf(ctx.client())).toEqual(['/', '/processes', '/organisations', '/registers', '/city-profile', '/compass', '/account/sign-in', '/account/sign-up']);
  });

  it('adds moderation for moderators and administration for city admins', async () => {
    const moderator = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'moderator' }));
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    expect((await navigationOf(moderator)).filter((href) => href.startsWith('/moderation') || href.startsWith('/admin'))).toEqual(['/moderation']);
    expect((await navigationOf(admin)).filter((href) => href.startsWith('/moderation') || href.startsWith('/admin'))).toEqual(['/admin', '/moderation']);
  });

  it('orders links from every module by position, whatever the module order', () => {
    const late = defineModule({ name: 'late', navigation: [{ href: '/b', labelKey: 'b', audience: 'everyone', position: 2 }] });
    const early = defineModule({ name: 'early', navigation: [{ href: '/a', labelKey: 'a', audience: 'everyone', position: 1 }] });
    expect(installModules([late, early]).navigation.map((link) => link.href)).toEqual(['/a', '/b']);
  });
});
