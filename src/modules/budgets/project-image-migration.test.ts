import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { samplePng } from '../../../test/support/images.ts';
import * as projectAttachments from './migration-project-attachments.ts';
import { createBudgetFixture, type BudgetFixture } from './test-fixture.ts';

// Before migration 041 a project had one image, in its own columns; it becomes the project's first attachment.
let ctx: TestContext;
let admin: TestClient;
let f: BudgetFixture;
let legacyUpload: string;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval' } });
  // An image saved, then put back where the old columns held it (down), then migrated again (up).
  const res = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${f.projects['1']}`, imageForm(await samplePng(80, 60)));
  expect(res.status).toBe(303);
  legacyUpload = (await ctx.deps.db.selectFrom('attachment').select('upload_id').executeTakeFirstOrThrow()).upload_id;
  await projectAttachments.down(ctx.deps.db);
  await projectAttachments.up(ctx.deps.db);
});
afterAll(() => ctx.close());

function imageForm(png: Uint8Array<ArrayBuffer>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries({ title_fr: 'Projet 1', cost: '40000', new_image_1_alt_fr: 'Une aire de jeux', new_image_1_alt_en: 'A playground' })) data.append(k, v);
  data.append('new_image_1', new File([png], 'jeux.png', { type: 'image/png' }));
  return data;
}

describe('migration 041: a project’s one image becomes its first attachment', () => {
  it('went back into the old columns on the way down', async () => {
    // Checked on a second project put through down() alone: the columns hold the image, no attachment is left.
    const other = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval' } });
    expect((await admin.postMultipart(`/admin/budgets/${other.budgetId}/projects/${other.projects['1']}`, imageForm(await samplePng(30, 30)))).status).toBe(303);
    await projectAttachments.down(ctx.deps.db);
    const { rows } = await sql<{ image_upload_id: string | null; image_alt_en: string }>`select image_upload_id, image_alt_en from budget_project where id = ${other.projects['1']}`.execute(ctx.deps.db);
    expect(rows[0]!.image_alt_en).toBe('A playground');
    expect(await ctx.deps.db.selectFrom('attachment').select('id').execute()).toEqual([]);
    await projectAttachments.up(ctx.deps.db);
    const moved = await ctx.deps.db.selectFrom('attachment').select('upload_id').where('owner_id', '=', other.projects['1']!).executeTakeFirstOrThrow();
    expect(moved.upload_id).toBe(rows[0]!.image_upload_id);
  });

  it('keeps the same upload and files, its alt texts, and shows it as before on the page and the ballot', async () => {
    const [image] = await ctx.deps.db.selectFrom('attachment').selectAll().where('owner_id', '=', f.projects['1']!).execute();
    expect([image!.kind, image!.upload_id, image!.alt_fr, image!.alt_en, image!.position]).toEqual(['image', legacyUpload, 'Une aire de jeux', 'A playground', 1]);
    const columns = (await ctx.deps.db.introspection.getTables()).find((t) => t.name === 'budget_project')!.columns.map((c) => c.name);
    expect(columns.filter((c) => c.startsWith('image_'))).toEqual([]);
    expect((await ctx.client().get(`/uploads/${legacyUpload}`)).status).toBe(200);
    expect(await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${f.projects['1']}?lang=en`)).text()).toContain('alt="A playground"');
    const voter = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect(await (await voter.get(`/budgets/${f.budgetId}/ballot`)).text()).toContain(`src="/uploads/${legacyUpload}/small" alt="Une aire de jeux" width="240"`);
  });
});
