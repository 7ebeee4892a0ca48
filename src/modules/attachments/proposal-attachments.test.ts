import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartForm, type FilePart } from '../../../test/support/multipart.ts';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { hasGpsExif, phoneJpegWithGps, samplePdf, samplePng } from '../../../test/support/images.ts';
import { createUserWithPassword } from '../accounts/test-users.ts';
import { createProposalsFixture, proposalIdFrom, validProposal, type ProposalsFixture } from '../proposals/test-fixtures.ts';

// A resident's proposal with images and PDF documents: written with the proposal, shown on its page and card.
let ctx: TestContext;
let f: ProposalsFixture;
let amina: TestUser;
let client: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await createProposalsFixture(ctx);
  amina = await ctx.createUser({ name: 'Amina Diallo' });
  client = await ctx.client().signInAs(ctx, amina);
});
afterAll(() => ctx.close());

const count = async (table: 'upload' | 'attachment' | 'proposal') => Number((await ctx.deps.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const storedFiles = async () => (await readdir(ctx.deps.config.uploadDir).catch(() => [])).length;
const attachmentsOf = (id: string) => ctx.deps.db.selectFrom('attachment').selectAll().where('owner_id', '=', id).orderBy('kind', 'desc').orderBy('position').execute();
const nothingChanges = async (post: () => Promise<Response>) => {
  const before = [await count('proposal'), await count('upload'), await count('attachment'), await storedFiles()];
  const res = await post();
  expect(res.status).toBe(400);
  expect([await count('proposal'), await count('upload'), await count('attachment'), await storedFiles()]).toEqual(before);
  return res.text();
};

async function proposeWith(files: FilePart[], values: Record<string, string> = {}) {
  const res = await client.postMultipart(`${f.base}/new`, multipartForm({ ...validProposal(), ...values }, files));
  expect(res.status).toBe(303);
  return proposalIdFrom(res);
}

describe('images of a proposal', () => {
  it('keeps up to three images with their alt text: the page serves phones the small one, the list card a thumbnail, and no GPS', async () => {
    const id = await proposeWith(
      [{ field: 'new_image_1', bytes: await phoneJpegWithGps(), name: 'IMG_2041.jpg', type: 'image/jpeg' }, { field: 'new_image_2', bytes: await samplePng(300, 200), name: 'plan.png', type: 'image/png' }],
      { new_image_1_alt_fr: 'La cour de l’école, goudronnée, sans un arbre', new_image_2_alt_fr: 'Plan des dix arbres' },
    );
    const [first, second] = await attachmentsOf(id);
    expect([first!.alt_fr, second!.alt_fr]).toEqual(['La cour de l’école, goudronnée, sans un arbre', 'Plan des dix arbres']);
    const page = await (await client.get(`/proposals/${id}`)).text();
    expect(page).toContain(`<source media="(max-width: 40rem)" srcset="/uploads/${first!.upload_id}/small"/>`);
    expect(page).toContain(`alt="Plan des dix arbres"`);
    for (const path of [`/uploads/${first!.upload_id}`, `/uploads/${first!.upload_id}/small`]) {
      expect(await hasGpsExif(new Uint8Array(await (await client.get(path)).arrayBuffer()))).toBe(false);
    }
    const list = await (await ctx.client().get(f.base)).text();
    expect(list).toContain(`<img class="hero" src="/uploads/${first!.upload_id}/small" alt="La cour de l’école, goudronnée, sans un arbre" width="240"/>`);
    expect(list).not.toContain(`/uploads/${second!.upload_id}`);
  });

  it('asks for the alt text beside the image, keeps the other values and stores nothing', async () => {
    const html = await nothingChanges(async () => client.postMultipart(`${f.base}/new`, multipartForm({ ...validProposal(), new_image_1_alt_fr: '  ' }, [{ field: 'new_image_1', bytes: await samplePng(), name: 'cour.png', type: 'image/png' }])));
    expect(html).toContain('<p class="field-error" id="error-new_image_1_alt_fr">Décrivez l’image en une phrase.</p>');
    expect(html).toContain('value="Des arbres dans la cour de l’école des Tilleuls"');
    expect(html).toContain('enctype="multipart/form-data"');
  });

  it('refuses a fourth image, and lets the author remove one to make room', async () => {
    const png = await samplePng(40, 40);
    const three = [1, 2, 3].map((n) => ({ field: `new_image_${n}`, bytes: png, name: `${n}.png`, type: 'image/png' }));
    const id = await proposeWith(three, { new_image_1_alt_fr: 'Un', new_image_2_alt_fr: 'Deux', new_image_3_alt_fr: 'Trois' });
    const kept = await attachmentsOf(id);
    const values = { ...validProposal(), ...Object.fromEntries(kept.map((a) => [`attachment_${a.id}_alt_fr`, a.alt_fr])), new_image_1_alt_fr: 'Quatre' };
    const edit = await client.get(`/proposals/${id}/edit`);
    expect(await edit.text()).not.toContain('name="new_image_1"');
    const html = await nothingChanges(() => client.postMultipart(`/proposals/${id}/edit`, multipartForm(values, [{ field: 'new_image_1', bytes: png, name: '4.png', type: 'image/png' }])));
    expect(html).toContain('Pas plus de 3 images\u202f: retirez-en une d’abord.');
    expect(html).toContain('<p class="field-error" id="error-new_image_1">Pas plus de 3 images\u202f: retirez-en une d’abord.</p>');

    const files = await storedFiles();
    const res = await client.postMultipart(`/proposals/${id}/edit`, multipartForm({ ...values, [`attachment_${kept[0]!.id}_remove`]: 'on' }, [{ field: 'new_image_1', bytes: png, name: '4.png', type: 'image/png' }]));
    expect(res.status).toBe(303);
    expect((await attachmentsOf(id)).map((a) => a.alt_fr)).toEqual(['Deux', 'Trois', 'Quatre']);
    expect(await ctx.deps.db.selectFrom('upload').select('id').where('id', '=', kept[0]!.upload_id).executeTakeFirst()).toBeUndefined();
    // The removed image's two files went, the new one's two came.
    expect(await storedFiles()).toBe(files);
    expect((await client.get(`/uploads/${kept[0]!.upload_id}`)).status).toBe(404);
  });
});

describe('documents of a proposal', () => {
  it('serves a PDF as a download under its sanitised name, never inline', async () => {
    const id = await proposeWith([{ field: 'new_document', bytes: samplePdf(), name: 'Plan "square" été.pdf', type: 'application/pdf' }]);
    const [doc] = await attachmentsOf(id);
    expect(doc!.name).toBe('Plan square été.pdf');
    const page = await (await client.get(`/proposals/${id}`)).text();
    expect(page).toContain(`href="/files/${doc!.id}"`);
    const res = await ctx.client().get(`/files/${doc!.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Plan square ete.pdf"; filename*=UTF-8''Plan%20square%20%C3%A9t%C3%A9.pdf`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(samplePdf());
  });

  it('refuses PNG bytes named .pdf and a PDF with a script, beside the field, changing nothing', async () => {
    const png = await nothingChanges(async () => client.postMultipart(`${f.base}/new`, multipartForm(validProposal(), [{ field: 'new_document', bytes: await samplePng(), name: 'plan.pdf', type: 'application/pdf' }])));
    expect(png).toContain('<p class="field-error" id="error-new_document">Ce fichier n’est pas un PDF (quel que soit son nom).</p>');
    const script = samplePdf({ extra: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>' });
    const active = await nothingChanges(() => client.postMultipart(`${f.base}/new`, multipartForm(validProposal(), [{ field: 'new_document', bytes: script, name: 'plan.pdf', type: 'application/pdf' }])));
    expect(active).toContain('id="error-new_document">Ce PDF contient des scripts');
  });
});

describe('the upload quota', () => {
  // Earlier uploads of the account, as rows only (the quota reads the table).
  const storedEarlier = (userId: string, files: number, size: number) =>
    ctx.deps.db.insertInto('upload').values(Array.from({ length: files }, () => ({ id: randomUUID(), mime: 'image/png', size, file_name: 'gone.png', created_by: userId, created_at: new Date().toISOString() }))).execute();

  it('refuses a file past 30 files or 40 MB per account, beside the field, and exempts admins', async () => {
    const full = await ctx.createUser({ name: 'Paul Plein' });
    await storedEarlier(full.id, 30, 1000);
    const fullClient = await ctx.client().signInAs(ctx, full);
    const image = { field: 'new_image_1', bytes: await samplePng(), name: 'a.png', type: 'image/png' };
    const values = { ...validProposal(), new_image_1_alt_fr: 'Une cour' };
    const files = await nothingChanges(() => fullClient.postMultipart(`${f.base}/new`, multipartForm(values, [image])));
    expect(files).toContain('<p class="field-error" id="error-new_image_1">Votre compte garde déjà le maximum de 30 fichiers');

    const heavy = await ctx.createUser({ name: 'Léa Lourde' });
    await storedEarlier(heavy.id, 1, 40 * 1024 * 1024 - 100);
    const heavyClient = await ctx.client().signInAs(ctx, heavy);
    const bytes = await nothingChanges(() => heavyClient.postMultipart(`${f.base}/new`, multipartForm(values, [image])));
    expect(bytes).toContain('<p class="field-error" id="error-new_image_1">Votre compte dépasserait 40 Mo de fichiers');

    const admin = await ctx.createUser({ name: 'Claire Martin', role: 'admin' });
    await storedEarlier(admin.id, 30, 2 * 1024 * 1024);
    const adminClient = await ctx.client().signInAs(ctx, admin);
    expect((await adminClient.postMultipart(`${f.base}/new`, multipartForm(values, [image]))).status).toBe(303);
  });
});

describe('a person’s files', () => {
  it('are listed in their data export, and stay with their proposals when the account is deleted, like the text', async () => {
    const camille = await createUserWithPassword(ctx, 'au revoir la ville', { email: 'camille@example.org', name: 'Camille Martin' });
    const own = await ctx.client().signInAs(ctx, camille);
    const res = await own.postMultipart(`${f.base}/new`, multipartForm({ ...validProposal(), new_image_1_alt_fr: 'Le préau' }, [{ field: 'new_image_1', bytes: await samplePng(), name: 'preau.png', type: 'image/png' }, { field: 'new_document', bytes: samplePdf(), name: 'devis.pdf', type: 'application/pdf' }]));
    const id = proposalIdFrom(res);
    const [image, doc] = await attachmentsOf(id);
    const exported = (await (await own.get('/account/export')).json()) as { uploads: { address: string; owner_id: string; kind: string; alt_fr: string; name: string }[] };
    // Sent in one save: in whichever order their rows were written.
    const listed = exported.uploads.map((u) => [u.kind, u.owner_id, u.address, u.kind === 'image' ? u.alt_fr : u.name]);
    expect(listed.sort((x, y) => y[0]!.localeCompare(x[0]!))).toEqual([
      ['image', id, `/uploads/${image!.upload_id}`, 'Le préau'],
      ['document', id, `/files/${doc!.id}`, 'devis.pdf'],
    ]);

    expect((await own.post('/account/delete', { confirmed: 'yes', password: 'au revoir la ville' })).status).toBe(303);
    expect(await attachmentsOf(id)).toHaveLength(2);
    expect((await ctx.client().get(`/uploads/${image!.upload_id}`)).status).toBe(200);
    expect((await ctx.client().get(`/files/${doc!.id}`)).status).toBe(200);
  });
});
