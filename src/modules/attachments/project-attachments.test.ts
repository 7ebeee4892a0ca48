import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartForm, type FilePart } from '../../../test/support/multipart.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { hasGpsExif, phoneJpegWithGps, samplePdf, samplePng } from '../../../test/support/images.ts';
import { createBudgetFixture, type BudgetFixture } from '../budgets/test-fixture.ts';

// A budget project's images (alt text in French required, English optional) and PDF documents, from the
// admin form: shown on its page, its first image on the budget's list and the ballot's cards.
let ctx: TestContext;
let admin: TestClient;
let f: BudgetFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval' } });
});
afterAll(() => ctx.close());

const image = async (slot: number, bytes?: Uint8Array<ArrayBuffer>): Promise<FilePart> => ({ field: `new_image_${slot}`, bytes: bytes ?? (await samplePng(60, 40)), name: `${slot}.png`, type: 'image/png' });
const pdf = (bytes = samplePdf()): FilePart => ({ field: 'new_document', bytes, name: 'Étude de faisabilité.pdf', type: 'application/pdf' });
const count = async (table: 'upload' | 'attachment' | 'budget_project') => Number((await ctx.deps.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const storedFiles = async () => (await readdir(ctx.deps.config.uploadDir).catch(() => [])).length;
const attachmentsOf = (id: string) => ctx.deps.db.selectFrom('attachment').selectAll().where('owner_type', '=', 'budget_project').where('owner_id', '=', id).orderBy('kind', 'desc').orderBy('position').execute();
const nothingChanges = async (post: () => Promise<Response>) => {
  const before = [await count('budget_project'), await count('upload'), await count('attachment'), await storedFiles()];
  const res = await post();
  expect(res.status).toBe(400);
  expect([await count('budget_project'), await count('upload'), await count('attachment'), await storedFiles()]).toEqual(before);
  return res.text();
};

/** Creates a project of the fixture's budget with these files; returns its id. */
async function createProject(title: string, files: FilePart[], values: Record<string, string> = {}, budgetId = f.budgetId): Promise<string> {
  const res = await admin.postMultipart(`/admin/budgets/${budgetId}/projects`, multipartForm({ title_fr: title, cost: '12000', ...values }, files));
  expect(res.status).toBe(303);
  const row = await ctx.deps.db.selectFrom('budget_project').select('id').where('budget_id', '=', budgetId).where('title_fr', '=', title).executeTakeFirstOrThrow();
  return row.id;
}

describe('images and documents of a budget project', () => {
  it('keeps three images and a PDF: the page serves phones the small rendition, the list, the ballot and the API show the first, without EXIF', async () => {
    const id = await createProject('Fontaine', [await image(1, await phoneJpegWithGps()), await image(2), await image(3), pdf()], {
      new_image_1_alt_fr: 'Une fontaine en pierre',
      new_image_1_alt_en: 'A stone fountain',
      new_image_2_alt_fr: 'Le plan de la place',
      new_image_3_alt_fr: 'La place aujourd’hui',
    });
    const [first, second, third, doc] = await attachmentsOf(id);
    expect([first!.kind, second!.kind, third!.kind, doc!.kind]).toEqual(['image', 'image', 'image', 'document']);
    const page = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${id}`)).text();
    expect(page).toContain(`<source media="(max-width: 40rem)" srcset="/uploads/${first!.upload_id}/small"/>`);
    expect(page).toContain('alt="Le plan de la place"');
    expect(page).toContain(`href="/files/${doc!.id}"`);
    const english = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${id}?lang=en`)).text();
    expect(english).toContain('alt="A stone fountain"');
    // An alt text written only in French is marked so on the English page.
    expect(english).toContain('alt="Le plan de la place" lang="fr"');
    for (const path of [`/uploads/${first!.upload_id}`, `/uploads/${first!.upload_id}/small`]) {
      expect(await hasGpsExif(new Uint8Array(await (await ctx.client().get(path)).arrayBuffer()))).toBe(false);
    }
    const download = await ctx.client().get(`/files/${doc!.id}`);
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'application/pdf']);

    const thumbnail = `src="/uploads/${first!.upload_id}/small" alt="Une fontaine en pierre"`;
    const voter = await ctx.client().signInAs(ctx, await ctx.createUser());
    const ballot = await (await voter.get(`/budgets/${f.budgetId}/ballot`)).text();
    expect(ballot).toContain(`${thumbnail} width="240"`);
    expect(ballot).not.toContain(`/uploads/${second!.upload_id}`);
    expect(await (await ctx.client().get(`/budgets/${f.budgetId}`)).text()).toContain(`${thumbnail} width="96"`);
    const api = (await (await ctx.client().get(`/api/v1/budgets/${f.budgetId}`)).json()) as { projects: { url: string; image: unknown }[] };
    expect(api.projects.find((p) => p.url.endsWith(`/projects/${id}`))!.image).toEqual({ url: `${ctx.deps.config.baseUrl}/uploads/${first!.upload_id}`, alt: { fr: 'Une fontaine en pierre', en: 'A stone fountain' } });

    const edit = await (await admin.get(`/admin/budgets/${f.budgetId}/projects/${id}`)).text();
    expect(edit).toContain('value="A stone fountain"');
    expect(edit).not.toContain('name="new_image_1"');
  });

  it('refuses a fourth image beside its field and changes nothing; removing one makes room', async () => {
    const id = await createProject('Bancs', [await image(1), await image(2), await image(3)], { new_image_1_alt_fr: 'Un', new_image_2_alt_fr: 'Deux', new_image_3_alt_fr: 'Trois' });
    const kept = await attachmentsOf(id);
    const values = { title_fr: 'Bancs au soleil', cost: '12000', ...Object.fromEntries(kept.map((a) => [`attachment_${a.id}_alt_fr`, a.alt_fr])), new_image_1_alt_fr: 'Quatre' };
    const html = await nothingChanges(async () => admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${id}`, multipartForm(values, [await image(1)])));
    expect(html).toContain('<p class="field-error" id="error-new_image_1">Pas plus de 3 images');
    expect(html).toContain('value="Bancs au soleil"');
    expect((await ctx.deps.db.selectFrom('budget_project').select('title_fr').where('id', '=', id).executeTakeFirstOrThrow()).title_fr).toBe('Bancs');

    const res = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${id}`, multipartForm({ ...values, [`attachment_${kept[0]!.id}_remove`]: 'on' }, [await image(1)]));
    expect(res.status).toBe(303);
    expect((await attachmentsOf(id)).map((a) => a.alt_fr)).toEqual(['Deux', 'Trois', 'Quatre']);
  });

  it('asks for the alt text beside a new image and a current one, keeps the values and stores nothing', async () => {
    const html = await nothingChanges(async () => admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, multipartForm({ title_fr: 'Kiosque', cost: '5000', new_image_1_alt_en: 'A kiosk' }, [await image(1)])));
    expect(html).toContain('<p class="field-error" id="error-new_image_1_alt_fr">Décrivez l’image en une phrase.</p>');
    expect(html).toContain('value="Kiosque"');
    expect(html).toContain('value="A kiosk"');

    const id = await createProject('Kiosque', [await image(1)], { new_image_1_alt_fr: 'Un kiosque' });
    const [current] = await attachmentsOf(id);
    const cleared = await nothingChanges(() => admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${id}`, multipartForm({ title_fr: 'Kiosque', cost: '5000', [`attachment_${current!.id}_alt_fr`]: ' ' })));
    expect(cleared).toContain(`id="error-attachment_${current!.id}_alt_fr"`);
  });

  it('refuses a file that only claims to be a PDF', async () => {
    const fake = pdf(new Uint8Array(new TextEncoder().encode('<html><script>alert(1)</script></html>')));
    const html = await nothingChanges(() => admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, multipartForm({ title_fr: 'Abri', cost: '3000' }, [fake])));
    expect(html).toContain('<p class="field-error" id="error-new_document">Ce fichier n’est pas un PDF (quel que soit son nom).</p>');
  });

  it('removes the files with the project, with its budget and with its process', async () => {
    const id = await createProject('Préau', [await image(1), pdf()], { new_image_1_alt_fr: 'Un préau' });
    const files = await storedFiles();
    expect((await admin.post(`/admin/budgets/${f.budgetId}/projects/${id}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect(await attachmentsOf(id)).toEqual([]);
    // The image's two renditions and the PDF.
    expect(await storedFiles()).toBe(files - 3);

    const other = await createBudgetFixture(ctx.deps.db);
    const inOther = await createProject('Jardin', [await image(1)], { new_image_1_alt_fr: 'Un jardin' }, other.budgetId);
    const uploads = await count('upload');
    expect((await admin.post(`/admin/budgets/${other.budgetId}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect(await attachmentsOf(inOther)).toEqual([]);
    expect(await count('upload')).toBe(uploads - 1);
    expect(await storedFiles()).toBe(files - 3);

    // A process deleted takes its budgets and their projects along (foreign keys): their files go too.
    const third = await createBudgetFixture(ctx.deps.db);
    const inThird = await createProject('Verger', [await image(1)], { new_image_1_alt_fr: 'Un verger' }, third.budgetId);
    const processId = (await ctx.deps.db.selectFrom('process').select('id').where('slug', '=', third.processSlug).executeTakeFirstOrThrow()).id;
    expect((await admin.post(`/admin/processes/${processId}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect(await attachmentsOf(inThird)).toEqual([]);
    expect(await storedFiles()).toBe(files - 3);
  });
});
