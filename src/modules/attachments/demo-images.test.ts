import { spaceMarks } from '../../platform/i18n/index.ts';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { seedDemoCityIfEmpty } from '../../seed/demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCityIfEmpty(ctx.handle, ctx.deps.config);
}, 120_000);
afterAll(() => ctx.close());

describe('Bellerive’s pictures', () => {
  it('illustrates three proposals with drawn, re-encoded images and their alt text, shown as thumbnails on the list', async () => {
    const images = await ctx.deps.db
      .selectFrom('attachment')
      .innerJoin('proposal', 'proposal.id', 'attachment.owner_id')
      .select(['attachment.upload_id', 'attachment.alt_fr', 'proposal.component_id', 'proposal.process_id'])
      .where('attachment.owner_type', '=', 'proposal')
      .execute();
    expect(images).toHaveLength(3);
    for (const image of images) expect(image.alt_fr).toMatch(/^Dessin : /);
    const served = await ctx.client().get(`/uploads/${images[0]!.upload_id}`);
    const meta = await sharp(new Uint8Array(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 1200, 800, undefined]);
    const process = await ctx.deps.db.selectFrom('process').select('slug').where('id', '=', images[0]!.process_id).executeTakeFirstOrThrow();
    const list = await (await ctx.client().get(`/processes/${process.slug}/c/${images[0]!.component_id}`)).text();
    for (const image of images) expect(list).toContain(`src="/uploads/${image.upload_id}/small" alt="${spaceMarks('fr', image.alt_fr).replace(/'/g, '&#39;')}"`);
  });
});
