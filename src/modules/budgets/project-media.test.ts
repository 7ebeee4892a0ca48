import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { MAX_IMAGE_BYTES } from '../../platform/uploads.ts';
import { createBudgetFixture, type BudgetFixture } from './test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
let f: BudgetFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval' } });
});
afterAll(async () => ctx.close());

const png = () => new File([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')], 'fontaine.png', { type: 'image/png' });

function form(fields: Record<string, string | string[]>, image?: File): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  data.append('image', image ?? new File([], '', { type: 'application/octet-stream' }));
  return data;
}

const projectsNamed = (title: string) => ctx.deps.db.selectFrom('budget_project').selectAll().where('budget_id', '=', f.budgetId).where('title_fr', '=', title).execute();
const uploadCount = async () => Number((await ctx.deps.db.selectFrom('upload').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const storedFiles = async () => (await readdir(ctx.deps.config.uploadDir).catch(() => [])).length;

/** A proposals component with a proposal in the given process; returns the proposal id. */
async function addProposal(processId: string, title: string, hidden = false): Promise<string> {
  const now = new Date().toISOString();
  const componentId = randomUUID();
  const id = randomUUID();
  await ctx.deps.db.insertInto('component').values({ id: componentId, process_id: processId, type: 'proposals', name_fr: 'Propositions', name_en: 'Proposals', position: 2, settings: '{}', published: 1, created_at: now }).execute();
  await ctx.deps.db
    .insertInto('proposal')
    .values({ id, component_id: componentId, process_id: processId, title, body: 'Texte', category: 'nature', neighbourhood_id: null, address: '', author_user_id: null, author_org_id: null, show_member_name: 0, supports_count: 0, threshold_reached_at: null, answer_status: null, answer_text: '', answered_at: null, draft_status: null, draft_text: '', withdrawn_at: null, hidden_at: hidden ? now : null, hidden_reason: null, edited_at: null, shuffle_key: 7, created_at: now })
    .execute();
  return id;
}

const processIdOf = async (slug: string) => (await ctx.deps.db.selectFrom('process').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

describe('project images', () => {
  it('refuses a file that is not an image or too large, beside the field, keeping the values and saving nothing', async () => {
    const [uploadsBefore, filesBefore] = [await uploadCount(), await storedFiles()];
    const fake = new File(['<svg onload="alert(1)"></svg>'], 'photo.png', { type: 'image/png' });
    const bad = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form({ title_fr: 'Fontaine', cost: '12000', image_alt_fr: 'Une fontaine' }, fake));
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('id="error-image"');
    expect(html).toContain('Choisissez une image PNG, JPEG ou WebP');
    expect(html).toContain('value="Fontaine"');
    expect(html).toContain('value="Une fontaine"');

    const huge = new File([new Uint8Array(MAX_IMAGE_BYTES + 1).fill(0x89)], 'big.png', { type: 'image/png' });
    const tooLarge = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form({ title_fr: 'Fontaine', cost: '12000', image_alt_fr: 'Une fontaine' }, huge));
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.text()).toContain('L’image dépasse 2 Mo');

    const noAlt = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form({ title_fr: 'Fontaine', cost: '12000' }, png()));
    expect(noAlt.status).toBe(400);
    expect(await noAlt.text()).toContain('Décrivez l’image en français.');

    expect(await projectsNamed('Fontaine')).toHaveLength(0);
    expect(await uploadCount()).toBe(uploadsBefore);
    expect(await storedFiles()).toBe(filesBefore);
  });

  it('stores an image under a server-made name, shows it with its alt text on the project page and the ballot, and removes it', async () => {
    const res = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form({ title_fr: 'Fontaine', cost: '12000', image_alt_fr: 'Une fontaine en pierre', image_alt_en: 'A stone fountain' }, png()));
    expect(res.status).toBe(303);
    const [project] = await projectsNamed('Fontaine');
    expect(project.image_upload_id).toBeTruthy();
    const upload = await ctx.deps.db.selectFrom('upload').selectAll().where('id', '=', project.image_upload_id!).executeTakeFirstOrThrow();
    expect(upload.file_name).toMatch(/^[a-f0-9]{32}\.png$/);
    const served = await ctx.client().get(`/uploads/${project.image_upload_id}`);
    expect(served.headers.get('content-type')).toBe('image/png');

    const img = `src="/uploads/${project.image_upload_id}"`;
    const page = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${project.id}`)).text();
    expect(page).toContain(img);
    expect(page).toContain('alt="Une fontaine en pierre"');
    expect(await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${project.id}?lang=en`)).text()).toContain('alt="A stone fountain"');
    const voter = await ctx.client().signInAs(ctx, await ctx.createUser());
    const ballot = await (await voter.get(`/budgets/${f.budgetId}/ballot`)).text();
    // A ballot thumbnail is the phone-sized rendition: thirty projects on a slow connection stay light.
    expect(ballot).toContain(`src="/uploads/${project.image_upload_id}/small" alt="Une fontaine en pierre" width="240"`);
    const api = (await (await ctx.client().get(`/api/v1/budgets/${f.budgetId}`)).json()) as { projects: { url: string; image: { url: string; alt: { fr: string; en: string | null } } | null }[] };
    expect(api.projects.find((p) => p.url.endsWith(`/projects/${project.id}`))!.image).toEqual({ url: `${ctx.deps.config.baseUrl}/uploads/${project.image_upload_id}`, alt: { fr: 'Une fontaine en pierre', en: 'A stone fountain' } });

    // Editing without a new file keeps the image; the box removes it.
    const edit = await admin.get(`/admin/budgets/${f.budgetId}/projects/${project.id}`);
    expect(await edit.text()).toContain('name="remove_image"');
    const kept = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${project.id}`, form({ title_fr: 'Fontaine', cost: '13000', image_alt_fr: 'Une fontaine en pierre' }));
    expect(kept.status).toBe(303);
    expect((await projectsNamed('Fontaine'))[0].image_upload_id).toBe(project.image_upload_id);
    const removed = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${project.id}`, form({ title_fr: 'Fontaine', cost: '13000', remove_image: 'on' }));
    expect(removed.status).toBe(303);
    expect((await projectsNamed('Fontaine'))[0].image_upload_id).toBeNull();
    expect(await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${project.id}`)).text()).not.toContain('/uploads/');
  });
});

describe('links to the proposals a project comes from', () => {
  it('offers the proposals of the same process, refuses others, and lists the linked ones on the project page', async () => {
    const processId = await processIdOf(f.processSlug);
    const benches = await addProposal(processId, 'Des bancs au soleil');
    const trees = await addProposal(processId, 'Planter des tilleuls');
    const hidden = await addProposal(processId, 'Proposition masquée', true);
    const other = await createBudgetFixture(ctx.deps.db);
    const elsewhere = await addProposal(await processIdOf(other.processSlug), 'Ailleurs');

    const newForm = await (await admin.get(`/admin/budgets/${f.budgetId}/projects/new`)).text();
    expect(newForm).toContain('enctype="multipart/form-data"');
    expect(newForm).toContain(`value="${benches}"`);
    expect(newForm).toContain('Planter des tilleuls');
    expect(newForm).not.toContain('Ailleurs');

    const refused = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form({ title_fr: 'Square', cost: '9000', proposals: [benches, elsewhere] }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('id="error-proposals"');
    expect(await projectsNamed('Square')).toHaveLength(0);

    const ok = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form({ title_fr: 'Square', cost: '9000', proposals: [benches, trees, hidden], proposal_url: 'https://bellerive.example/etude' }));
    expect(ok.status).toBe(303);
    const [project] = await projectsNamed('Square');
    const links = await ctx.deps.db.selectFrom('budget_project_proposal').select('proposal_id').where('project_id', '=', project.id).execute();
    expect(links.map((l) => l.proposal_id).sort()).toEqual([benches, trees, hidden].sort());

    const page = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${project.id}`)).text();
    expect(page).toContain(`<a href="/proposals/${benches}">Des bancs au soleil</a>`);
    expect(page).toContain(`<a href="/proposals/${trees}">Planter des tilleuls</a>`);
    expect(page).not.toContain('Proposition masquée');
    expect(page).toContain('href="https://bellerive.example/etude"');
    const api = (await (await ctx.client().get(`/api/v1/budgets/${f.budgetId}`)).json()) as { projects: { url: string; proposals: string[] }[] };
    const inApi = api.projects.find((p) => p.url.endsWith(`/projects/${project.id}`))!;
    expect(inApi.proposals.sort()).toEqual([`${ctx.deps.config.baseUrl}/proposals/${benches}`, `${ctx.deps.config.baseUrl}/proposals/${trees}`].sort());

    // The edit form shows the links ticked; unticking one removes it.
    const edit = await (await admin.get(`/admin/budgets/${f.budgetId}/projects/${project.id}`)).text();
    expect(edit).toMatch(new RegExp(`value="${benches}" checked`));
    expect((await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${project.id}`, form({ title_fr: 'Square', cost: '9000', proposals: trees }))).status).toBe(303);
    const after = await ctx.deps.db.selectFrom('budget_project_proposal').select('proposal_id').where('project_id', '=', project.id).execute();
    expect(after.map((l) => l.proposal_id)).toEqual([trees]);
  });
});
