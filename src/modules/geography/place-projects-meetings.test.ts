import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { createBudgetFixture, type BudgetFixture } from '../budgets/test-fixture.ts';
import { createMeetingFixture, type MeetingFixture } from '../meetings/test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
let budget: BudgetFixture;
let meetings: MeetingFixture;

// The budget fixture's two neighbourhoods as squares side by side, around 45.76° N, 4.84° E.
const square = (west: number) => ({ type: 'Polygon', coordinates: [[[west, 45.75], [west + 0.02, 45.75], [west + 0.02, 45.77], [west, 45.77], [west, 45.75]]] });
const pickerFor = (select: string) => new RegExp(`<svg [^>]*role="img"[^>]*data-picker=""[^>]*data-latitude-input="field-latitude" data-longitude-input="field-longitude" data-area-select="${select}"`);
const meetingForm = (over: Record<string, string> = {}) => ({
  title_fr: 'Atelier du quai', title_en: '', description_fr: '', description_en: '', mode: 'in-person', address: 'Salle du port',
  online_url: '', starts_local: '2031-03-30T18:30', ends_local: '2031-03-30T20:00', time_zone: 'Europe/Paris', organiser: 'city', access: 'open', capacity: '', ...over,
});

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  budget = await createBudgetFixture(ctx.deps.db, { votingEnabled: false });
  meetings = await createMeetingFixture(ctx.deps.db);
  const now = new Date().toISOString();
  await ctx.deps.db.insertInto('geography_area').values([
    { neighbourhood_id: budget.hoods.north, geometry: JSON.stringify(square(4.82)), updated_at: now },
    { neighbourhood_id: budget.hoods.south, geometry: JSON.stringify(square(4.84)), updated_at: now },
  ]).execute();
});
afterAll(() => ctx.close());

describe('placing a budget project on the city map', () => {
  const projects = () => ctx.deps.db.selectFrom('budget_project').select(['id', 'title_fr', 'latitude', 'longitude', 'neighbourhood_id']).where('budget_id', '=', budget.budgetId).execute();

  it('offers the clickable map and the coordinate fields, stores the pin, and shows it on the budget map and the project page', async () => {
    const form = await (await admin.get(`/admin/budgets/${budget.budgetId}/projects/new`)).text();
    expect(form).toMatch(pickerFor('field-neighbourhood_id'));
    expect(form).toContain('id="field-latitude"');
    const res = await admin.post(`/admin/budgets/${budget.budgetId}/projects`, { title_fr: 'Fontaine du quai', cost: '9000', neighbourhood_id: budget.hoods.south, latitude: '45,76', longitude: '4.85' });
    expect(res.status).toBe(303);
    const saved = (await projects()).find((p) => p.title_fr === 'Fontaine du quai')!;
    expect(saved).toMatchObject({ latitude: 45.76, longitude: 4.85, neighbourhood_id: budget.hoods.south });
    const page = await (await ctx.client().get(`/budgets/${budget.budgetId}`)).text();
    expect(page).toMatch(new RegExp(`<svg [^>]*class="map-links"[^>]*>.*<a href="/budgets/${budget.budgetId}/projects/${saved.id}" aria-label="Fontaine du quai">`));
    const own = await (await ctx.client().get(`/budgets/${budget.budgetId}/projects/${saved.id}`)).text();
    expect(own).toMatch(/<div class="locator"><svg [^>]*role="img" aria-labelledby="project-locator-title"/);
    // Editing shows the pin's coordinates and can take the pin away.
    expect(await (await admin.get(`/admin/budgets/${budget.budgetId}/projects/${saved.id}`)).text()).toContain('value="45.76"');
    expect((await admin.post(`/admin/budgets/${budget.budgetId}/projects/${saved.id}`, { title_fr: 'Fontaine du quai', cost: '9000', neighbourhood_id: budget.hoods.south, latitude: '', longitude: '' })).status).toBe(303);
    expect((await projects()).find((p) => p.id === saved.id)).toMatchObject({ latitude: null, longitude: null });
  });

  it('refuses half a position or one off the map, keeping the values and saving nothing', async () => {
    const before = (await projects()).length;
    const half = await admin.post(`/admin/budgets/${budget.budgetId}/projects`, { title_fr: 'Banc', cost: '900', neighbourhood_id: '', latitude: '45.76', longitude: '' });
    expect(half.status).toBe(400);
    expect(await half.text()).toContain('Donnez la latitude et la longitude, ou aucune des deux.');
    const far = await admin.post(`/admin/budgets/${budget.budgetId}/projects`, { title_fr: 'Banc', cost: '900', neighbourhood_id: '', latitude: '48.85', longitude: '2.35' });
    expect(far.status).toBe(400);
    const farHtml = await far.text();
    expect(farHtml).toContain('Ce point est hors de la carte de la ville');
    expect(farHtml).toContain('value="48.85"');
    expect((await projects()).length).toBe(before);
  });
});

describe('placing a meeting on the city map', () => {
  const stored = (title: string) => ctx.deps.db.selectFrom('meeting').select(['id', 'latitude', 'longitude', 'neighbourhood_id']).where('title_fr', '=', title).execute();

  it('takes a neighbourhood and a pin in the form, and shows a locator map and the neighbourhood on the meeting page', async () => {
    const form = await (await admin.get(`/meetings/new/${meetings.componentId}`)).text();
    expect(form).toMatch(pickerFor('field-neighbourhood_id'));
    expect(form).toContain(`<option value="${budget.hoods.north}">`);
    const res = await admin.post(`/meetings/new/${meetings.componentId}`, meetingForm({ neighbourhood_id: budget.hoods.north, latitude: '45.76', longitude: '4.83' }));
    expect(res.status).toBe(303);
    const [meeting] = await stored('Atelier du quai');
    expect(meeting).toMatchObject({ latitude: 45.76, longitude: 4.83, neighbourhood_id: budget.hoods.north });
    const page = await (await ctx.client().get(`/meetings/${meeting.id}`)).text();
    expect(page).toMatch(/<div class="locator"><svg [^>]*role="img" aria-labelledby="meeting-locator-title"/);
    expect(page).toMatch(/<dt>Quartier<\/dt>\s*<dd>Nord /);
    // A neighbourhood alone (no JavaScript, no coordinates) still draws the neighbourhood on the locator.
    const edit = await admin.post(`/meetings/${meeting.id}/edit`, meetingForm({ neighbourhood_id: budget.hoods.south, latitude: '', longitude: '' }));
    expect(edit.status).toBe(303);
    expect((await stored('Atelier du quai'))[0]).toMatchObject({ latitude: null, longitude: null, neighbourhood_id: budget.hoods.south });
    expect(await (await ctx.client().get(`/meetings/${meeting.id}`)).text()).toMatch(/<div class="locator"><svg /);
  });

  it('refuses an unknown neighbourhood and a pin off the map beside their fields, saving nothing', async () => {
    const res = await admin.post(`/meetings/new/${meetings.componentId}`, meetingForm({ title_fr: 'Refusée', neighbourhood_id: 'nowhere', latitude: '10', longitude: '10' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="error-neighbourhood_id"');
    expect(html).toContain('Ce point est hors de la carte de la ville');
    expect(html).toContain('value="Refusée"');
    expect(await stored('Refusée')).toEqual([]);
  });
});
