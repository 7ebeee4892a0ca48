import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { createProposalsFixture, proposalIdFrom, validProposal, type ProposalsFixture } from '../proposals/test-fixtures.ts';

let ctx: TestContext;
let f: ProposalsFixture;
let resident: TestClient;

// Two square neighbourhoods side by side, around 45.76° N, 4.84° E.
const square = (west: number) => ({ type: 'Polygon', coordinates: [[[west, 45.75], [west + 0.02, 45.75], [west + 0.02, 45.77], [west, 45.77], [west, 45.75]]] });
const storedPlace = (id: string) => ctx.deps.db.selectFrom('proposal').select(['latitude', 'longitude', 'neighbourhood_id']).where('id', '=', id).executeTakeFirstOrThrow();
const count = async () => Number((await ctx.deps.db.selectFrom('proposal').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createProposalsFixture(ctx);
  const now = new Date().toISOString();
  await ctx.deps.db.insertInto('geography_area').values([
    { neighbourhood_id: f.hoods[0], geometry: JSON.stringify(square(4.82)), updated_at: now },
    { neighbourhood_id: f.hoods[1], geometry: JSON.stringify(square(4.84)), updated_at: now },
  ]).execute();
  resident = await ctx.client().signInAs(ctx, await ctx.createUser());
});
afterAll(() => ctx.close());

describe('placing a proposal on the city map', () => {
  it('offers the clickable map with its own script, and the coordinate fields for a form without JavaScript', async () => {
    const html = await (await resident.get(`${f.base}/new`)).text();
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="location-picker-title location-picker-desc" data-picker="" data-transform="[-\d. e]+" data-latitude-input="field-latitude" data-longitude-input="field-longitude" data-area-select="field-neighbourhood"/);
    expect(html).toContain(`data-area="${f.hoods[0]}"`);
    expect(html).toContain('<script src="/maps/picker.js" defer=""></script>');
    expect(html).toContain('id="field-latitude"');
    const script = await resident.get('/maps/picker.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('data-transform');
  });

  it('stores typed coordinates (a decimal comma too) and shows the pin on the list map and a locator on the page', async () => {
    const res = await resident.post(`${f.base}/new`, { ...validProposal(f.hoods[1]), latitude: '45,76', longitude: '4.85' });
    expect(res.status).toBe(303);
    const id = proposalIdFrom(res);
    expect(await storedPlace(id)).toEqual({ latitude: 45.76, longitude: 4.85, neighbourhood_id: f.hoods[1] });
    const list = await (await ctx.client().get(f.base)).text();
    expect(list).toMatch(new RegExp(`<svg [^>]*class="map-links"[^>]*>.*<a href="/proposals/${id}" aria-label="[^"]+"><title>`));
    expect(list).toMatch(/<table[^>]*class="map-table"><caption>Propositions placées sur la carte, par quartier<\/caption>.*Quartier 2.*<td>1<\/td>/s);
    const page = await (await ctx.client().get(`/proposals/${id}`)).text();
    expect(page).toMatch(/<div class="locator"><svg [^>]*role="img" aria-labelledby="proposal-locator-title"/);
  });

  it('refuses half a position, a position off the map, or degrees out of range, keeping the values and saving nothing', async () => {
    const before = await count();
    const half = await resident.post(`${f.base}/new`, { ...validProposal(f.hoods[0]), latitude: '45.76', longitude: '' });
    expect(half.status).toBe(400);
    const halfHtml = await half.text();
    expect(halfHtml).toContain('Donnez la latitude et la longitude, ou aucune des deux.');
    expect(halfHtml).toContain('value="45.76"');
    const outside = await resident.post(`${f.base}/new`, { ...validProposal(f.hoods[0]), latitude: '48.85', longitude: '2.35' });
    expect(outside.status).toBe(400);
    expect(await outside.text()).toContain('Ce point est hors de la carte de la ville');
    const range = await resident.post(`${f.base}/new`, { ...validProposal(f.hoods[0]), latitude: '145', longitude: 'est' });
    const rangeHtml = await range.text();
    expect(rangeHtml).toContain('Une latitude en degrés décimaux, entre -90 et 90.');
    expect(rangeHtml).toContain('Une longitude en degrés décimaux, entre -180 et 180.');
    expect(await count()).toBe(before);
  });

  it('lets the author move the pin or take it away when editing', async () => {
    const res = await resident.post(`${f.base}/new`, { ...validProposal(f.hoods[0]), latitude: '45.76', longitude: '4.83' });
    const id = proposalIdFrom(res);
    const form = await (await resident.get(`/proposals/${id}/edit`)).text();
    expect(form).toContain('value="45.76"');
    expect((await resident.post(`/proposals/${id}/edit`, { ...validProposal(f.hoods[0]), latitude: '', longitude: '' })).status).toBe(303);
    expect(await storedPlace(id)).toMatchObject({ latitude: null, longitude: null });
  });
});
