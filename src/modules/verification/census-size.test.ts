import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { MAX_MULTIPART_BODY_BYTES } from '../../app.ts';
import { MAX_CENSUS_BYTES } from './admin-routes.tsx';
import { enableMethods } from './test-fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await enableMethods(ctx.deps.db);
});
afterAll(async () => ctx.close());

describe('the census file size the admin page announces', () => {
  it('is the limit that applies: a file over it gets the page’s own message, which names the true size', async () => {
    // Over the multipart cap, the request would be cut before this page could explain anything.
    expect(MAX_CENSUS_BYTES).toBeLessThan(MAX_MULTIPART_BODY_BYTES);
    const megabytes = MAX_CENSUS_BYTES / (1024 * 1024);
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    const page = await (await admin.get('/admin/verification')).text();
    expect(page).toContain(`${megabytes} Mo au plus.`);
    const form = new FormData();
    form.append('file', new File(['identifier,birth_date,neighbourhood\n' + 'x'.repeat(MAX_CENSUS_BYTES)], 'census.csv'));
    const res = await admin.postMultipart('/admin/verification/census', form);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`le fichier dépasse ${megabytes} Mo`);
    expect(await ctx.deps.db.selectFrom('census_entry').select('person_hmac').execute()).toEqual([]);
  });
});
