import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { hasGpsExif, phoneJpegWithGps, pngDeclaring, samplePng } from '../../../test/support/images.ts';
import { createBudgetFixture, type BudgetFixture } from './test-fixture.ts';

// Uploaded images are decoded and re-encoded on the server: only the server's own file is ever served.
let ctx: TestContext;
let admin: TestClient;
let f: BudgetFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval' } });
});
afterAll(async () => ctx.close());

const fields = { title_fr: 'Fontaine', cost: '12000', new_image_1_alt_fr: 'Une fontaine en pierre' };
function form(image: Uint8Array<ArrayBuffer>, name: string, type: string): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  data.append('new_image_1', new File([image], name, { type }));
  return data;
}
const uploadCount = async () => Number((await ctx.deps.db.selectFrom('upload').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const storedFiles = async () => (await readdir(ctx.deps.config.uploadDir).catch(() => [])).length;
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

/** Creates a project with this file; returns its upload row. */
async function uploaded(image: Uint8Array<ArrayBuffer>, name: string, type: string) {
  const res = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form(image, name, type));
  expect(res.status).toBe(303);
  const project = await ctx.deps.db.selectFrom('budget_project').select('id').where('budget_id', '=', f.budgetId).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const stored = await ctx.deps.db.selectFrom('attachment').select('upload_id').where('owner_type', '=', 'budget_project').where('owner_id', '=', project.id).executeTakeFirstOrThrow();
  return ctx.deps.db.selectFrom('upload').selectAll().where('id', '=', stored.upload_id).executeTakeFirstOrThrow();
}

/** Posts a file that must be refused: the form comes back with the message beside the field, and nothing is stored. */
async function expectRefused(image: Uint8Array<ArrayBuffer>, message: string) {
  const [uploadsBefore, filesBefore] = [await uploadCount(), await storedFiles()];
  const res = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form(image, 'photo.png', 'image/png'));
  expect(res.status).toBe(400);
  const html = await res.text();
  expect(html).toContain(`<p class="field-error" id="error-new_image_1">${message}`);
  expect(html).toContain('value="Fontaine"');
  expect(await uploadCount()).toBe(uploadsBefore);
  expect(await storedFiles()).toBe(filesBefore);
}

describe('uploaded images', () => {
  it('serves a polyglot (an image with HTML and script appended) as a clean image, with the usual headers', async () => {
    const payload = new TextEncoder().encode('<html><script>alert(document.cookie)</script></html>');
    const png = await samplePng(120, 80);
    const polyglot = new Uint8Array(png.length + payload.length);
    polyglot.set(png);
    polyglot.set(payload, png.length);
    const upload = await uploaded(polyglot, 'photo.png', 'image/png');
    for (const path of [`/uploads/${upload.id}`, `/uploads/${upload.id}/small`]) {
      const served = await ctx.client().get(path);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      const page = await ctx.client().get('/');
      expect(served.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
      const bytes = await bytesOf(served);
      expect(Buffer.from(bytes).includes('<script')).toBe(false);
      expect(await sharp(bytes).metadata()).toMatchObject({ format: 'png', width: 120, height: 80 });
    }
  });

  it('refuses a PNG declaring 100,000 × 100,000 pixels (a decompression bomb) before decoding it', async () => {
    await expectRefused(pngDeclaring(100_000, 100_000), 'L’image a trop de pixels (24 millions au plus)');
  });

  it('refuses a truncated image with a clear message', async () => {
    const jpeg = await phoneJpegWithGps(800, 600);
    await expectRefused(jpeg.slice(0, Math.floor(jpeg.length / 2)), 'L’image est abîmée ou incomplète');
  });

  it('strips EXIF (GPS position, camera) from the served image and its phone-sized variant', async () => {
    const jpeg = await phoneJpegWithGps(1600, 1200);
    expect(await hasGpsExif(jpeg)).toBe(true);
    const upload = await uploaded(jpeg, 'IMG_0042.jpg', 'image/jpeg');
    for (const path of [`/uploads/${upload.id}`, `/uploads/${upload.id}/small`]) {
      const bytes = await bytesOf(await ctx.client().get(path));
      expect(await hasGpsExif(bytes)).toBe(false);
      expect((await sharp(bytes).metadata()).exif).toBeUndefined();
      expect(Buffer.from(bytes).includes('PhoneMaker')).toBe(false);
    }
  });

  it('keeps a full image at most 2048 px and a 640 px wide variant, both recorded with their sizes', async () => {
    const upload = await uploaded(await phoneJpegWithGps(3000, 2000), 'large.jpg', 'image/jpeg');
    expect([upload.mime, upload.width, upload.height, upload.small_width, upload.small_height]).toEqual(['image/jpeg', 2048, 1365, 640, 426]);
    expect(upload.small_file_name).toMatch(/^[a-f0-9]{32}\.small\.jpg$/);
    const small = await ctx.client().get(`/uploads/${upload.id}/small`);
    expect(small.headers.get('content-type')).toBe('image/jpeg');
    expect(await sharp(await bytesOf(small)).metadata()).toMatchObject({ format: 'jpeg', width: 640, height: 426 });
    expect((await ctx.client().get(`/uploads/${randomUUID()}/small`)).status).toBe(404);
  });

  it('re-encodes a file stored before re-encoding the first time it is served, and never serves one it cannot decode', async () => {
    await mkdir(ctx.deps.config.uploadDir, { recursive: true });
    const legacy = async (bytes: Uint8Array) => {
      const id = randomUUID();
      const fileName = `${randomBytes(16).toString('hex')}.png`;
      await writeFile(join(ctx.deps.config.uploadDir, fileName), bytes);
      await ctx.deps.db.insertInto('upload').values({ id, mime: 'image/png', size: bytes.length, file_name: fileName, created_by: null, created_at: new Date().toISOString(), width: null, height: null, small_file_name: null, small_width: null, small_height: null }).execute();
      return { id, fileName };
    };
    const png = await samplePng(50, 40);
    const old = await legacy(Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]));
    const served = await ctx.client().get(`/uploads/${old.id}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await bytesOf(served)).includes('<script')).toBe(false);
    const row = await ctx.deps.db.selectFrom('upload').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
    expect([row.width, row.height, row.small_width]).toEqual([50, 40, 50]);
    expect(await readdir(ctx.deps.config.uploadDir)).not.toContain(old.fileName);

    const broken = await legacy(Buffer.concat([png.subarray(0, 8), Buffer.from('<html>not an image</html>')]));
    expect((await ctx.client().get(`/uploads/${broken.id}`)).status).toBe(404);
  });
});
