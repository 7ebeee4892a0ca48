import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartForm, type FilePart } from '../../../test/support/multipart.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { samplePdf, samplePng } from '../../../test/support/images.ts';

// A process's images (alt text in French required, English optional) and documents, from the admin form.
let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

const base = { slug: 'quais', title_fr: 'Quais vivants', summary_fr: 'Réinventer les quais.', scope: 'city' };
const storedFiles = async () => (await readdir(ctx.deps.config.uploadDir).catch(() => [])).length;

describe('attachments of a process', () => {
  it('shows the images in the reader’s language and the document, and deletes them with the process', async () => {
    const image = { field: 'new_image_1', bytes: await samplePng(200, 100), name: 'quai.png', type: 'image/png' };
    const pdf = { field: 'new_document', bytes: samplePdf(), name: 'Calendrier.pdf', type: 'application/pdf' };
    const refused = await admin.postMultipart('/admin/processes', multipartForm({ ...base, new_image_1_alt_en: 'The quay' }, [image, pdf]));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('<p class="field-error" id="error-new_image_1_alt_fr">Décrivez l’image en une phrase.</p>');
    expect(await ctx.deps.db.selectFrom('process').select('id').executeTakeFirst()).toBeUndefined();

    const res = await admin.postMultipart('/admin/processes', multipartForm({ ...base, new_image_1_alt_fr: 'Le quai au soleil', new_image_1_alt_en: 'The quay in the sun' }, [image, pdf]));
    expect(res.status).toBe(303);
    const id = res.headers.get('location')!.split('/').pop()!;
    await admin.post(`/admin/processes/${id}/publish`);
    const [img, doc] = await ctx.deps.db.selectFrom('attachment').selectAll().where('owner_id', '=', id).orderBy('kind', 'desc').execute();
    const english = await (await ctx.client().get('/processes/quais?lang=en')).text();
    expect(english).toContain(`srcset="/uploads/${img!.upload_id}/small"`);
    expect(english).toContain('alt="The quay in the sun"');
    expect(english).toContain(`href="/files/${doc!.id}"`);
    expect(await (await admin.get(`/admin/processes/${id}/edit`)).text()).toContain('value="Le quai au soleil"');

    expect(await storedFiles()).toBe(3);
    expect((await admin.post(`/admin/processes/${id}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect(await ctx.deps.db.selectFrom('attachment').select('id').executeTakeFirst()).toBeUndefined();
    expect(await ctx.deps.db.selectFrom('upload').select('id').executeTakeFirst()).toBeUndefined();
    expect(await storedFiles()).toBe(0);
  });

  it('keeps a draft process’s document from visitors', async () => {
    const res = await admin.postMultipart('/admin/processes', multipartForm({ ...base, slug: 'brouillon' }, [{ field: 'new_document', bytes: samplePdf(), name: 'note.pdf', type: 'application/pdf' }]));
    const id = res.headers.get('location')!.split('/').pop()!;
    const doc = await ctx.deps.db.selectFrom('attachment').select('id').where('owner_id', '=', id).executeTakeFirstOrThrow();
    expect((await ctx.client().get(`/files/${doc.id}`)).status).toBe(404);
    expect((await admin.get(`/files/${doc.id}`)).status).toBe(200);
  });
});
