import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app.ts';
import { cityIdentityChanged, rememberedCityIdentity } from './city.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const rename = (name: string) =>
  ctx.deps.db
    .insertInto('city_identity')
    .values({ key: 'city', name, logo_upload_id: null, updated_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ name }))
    .execute();

describe('the city identity every page shows', () => {
  it('is read once and remembered, read again when this server changes it, and after ten seconds when another one did', async () => {
    const start = Date.now();
    await rename('Bellerive');
    cityIdentityChanged();
    expect((await rememberedCityIdentity(ctx.deps.db, start)).name).toBe('Bellerive');
    // Written behind the cache's back, as another instance sharing the database would.
    await rename('Ville de Bellerive');
    expect((await rememberedCityIdentity(ctx.deps.db, start + 9_000)).name).toBe('Bellerive');
    expect((await rememberedCityIdentity(ctx.deps.db, start + 10_001)).name).toBe('Ville de Bellerive');
    await rename('Bellerive-sur-Loire');
    cityIdentityChanged();
    expect((await rememberedCityIdentity(ctx.deps.db, start + 10_002)).name).toBe('Bellerive-sur-Loire');
  });

  it('shows an admin’s new name on the next page, with no wait', async () => {
    const admin = await ctx.createUser({ role: 'admin' });
    const client = await ctx.client().signInAs(ctx, admin);
    expect(await (await client.get('/')).text()).toContain('Bellerive-sur-Loire');
    const form = new FormData();
    form.append('name', 'Commune de Bellerive');
    form.append('logo', new File([], ''));
    const saved = await client.postMultipart('/admin/city', form);
    expect(saved.status).toBe(303);
    expect(await (await ctx.client().get('/')).text()).toContain('Commune de Bellerive');
  });
});
