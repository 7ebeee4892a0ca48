import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { readCensusFile } from './census-file.ts';
import { normaliseBirthDate, normaliseIdentifier, personHmac } from './person-key.ts';
import { censusCsv, enableMethods } from './test-fixtures.ts';

let ctx: TestContext;
const hoods = [
  { id: 'h-port', slug: 'port', name_fr: 'Le Port', name_en: 'The Harbour' },
  { id: 'h-hill', slug: 'hill', name_fr: 'La Colline', name_en: 'The Hill' },
];
beforeAll(async () => {
  ctx = await createTestContext();
  for (const [position, h] of hoods.entries()) await ctx.deps.db.insertInto('neighbourhood').values({ ...h, position }).execute();
  await enableMethods(ctx.deps.db);
});
afterAll(async () => ctx.close());

async function admin() {
  return ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
}
function upload(client: Awaited<ReturnType<typeof admin>>, text: string) {
  const form = new FormData();
  form.append('file', new File([text], 'census.csv', { type: 'text/csv' }));
  return client.postMultipart('/admin/verification/census', form);
}
const census = () => ctx.deps.db.selectFrom('census_entry').selectAll().execute();

describe('normalising identities', () => {
  it('treats spacing, dashes, case and accents as the same identifier, and reads two date forms', () => {
    expect(normaliseIdentifier(' ab 12-345.é ')).toBe('AB12345E');
    expect(normaliseBirthDate('14/07/1985')).toBe('1985-07-14');
    expect(normaliseBirthDate('1985-7-4')).toBe('1985-07-04');
    expect(normaliseBirthDate('31/02/1985')).toBeNull();
    expect(normaliseBirthDate('yesterday')).toBeNull();
    expect(personHmac('k', 'ab-12345', '1985-07-14')).toBe(personHmac('k', 'AB 12345', '1985-07-14'));
    expect(personHmac('k', 'AB12345', '1985-07-14')).not.toBe(personHmac('other key', 'AB12345', '1985-07-14'));
  });

  it('reports every bad line with its number and keeps nothing', () => {
    const text = censusCsv([
      ['AB12345', '1985-07-14', 'port'],
      ['', '1985-07-14', 'port'],
      ['CD678901', '31/02/1990', 'hill'],
      ['EF1234', '1990-01-01', 'nowhere'],
      ['ab 12345', '14/07/1985', 'La Colline'],
    ]);
    const reading = readCensusFile(text, 'k', hoods);
    expect(reading).toEqual({
      ok: false,
      errors: [
        { line: 3, key: 'verification.census.errors.identifier' },
        { line: 4, key: 'verification.census.errors.birthDate' },
        { line: 5, key: 'verification.census.errors.neighbourhood' },
        { line: 6, key: 'verification.census.errors.duplicate' },
      ],
    });
    expect(readCensusFile('id;date;hood\nAB12345;1985-07-14;port', 'k', hoods)).toEqual({ ok: false, errors: [{ line: 1, key: 'verification.census.errors.header' }] });
    const ok = readCensusFile('identifier;birth_date;neighbourhood\r\n"AB 12345";14/07/1985;The Hill\r\n', 'k', hoods);
    expect(ok).toEqual({ ok: true, entries: [{ person_hmac: personHmac('k', 'AB12345', '1985-07-14'), neighbourhood_id: 'h-hill' }] });
  });
});

describe('the census file and the resident’s check', () => {
  it('imports all or nothing, and a resident matching it is verified for its neighbourhood', async () => {
    const desk = await admin();
    const bad = await upload(desk, censusCsv([['AB12345', '1985-07-14', 'port'], ['X', '1985-07-14', 'port']]));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('ligne 3');
    expect(await census()).toHaveLength(0);

    expect((await upload(desk, censusCsv([['AB12345', '1985-07-14', 'port'], ['CD678901', '1990-03-02', 'hill']]))).status).toBe(303);
    expect(await census()).toHaveLength(2);

    const user = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, user);
    const miss = await client.post('/verification/census', { identifier: 'AB12345', birth_date: '15/07/1985', return_to: '/budgets/x/ballot' });
    expect(miss.status).toBe(400);
    expect(await miss.text()).toContain('Aucune correspondance');
    const hit = await client.post('/verification/census', { identifier: 'ab 123-45', birth_date: '14/07/1985', return_to: '/budgets/x/ballot' });
    expect(hit.status).toBe(303);
    expect(hit.headers.get('location')).toBe('/budgets/x/ballot');
    const row = await ctx.deps.db.selectFrom('identity_verification').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ method: 'census', neighbourhood_id: 'h-port', verified_by: null });
    expect((await client.get('/verification')).status).toBe(200);
    expect(await (await client.get('/verification')).text()).toContain('Le Port');

    // Another account of the same person is refused: one person, one account.
    const twin = await ctx.client().signInAs(ctx, await ctx.createUser());
    const taken = await twin.post('/verification/census', { identifier: 'AB12345', birth_date: '1985-07-14' });
    expect(await taken.text()).toContain('déjà un autre compte');

    // A new file without this person replaces the old one; the verification stands until it expires.
    expect((await upload(desk, censusCsv([['ZZ999999', '1970-01-01', 'hill']]))).status).toBe(303);
    expect(await census()).toHaveLength(1);
    expect(await ctx.deps.db.selectFrom('identity_verification').select('id').where('user_id', '=', user.id).executeTakeFirst()).toBeDefined();
  });

  it('returns only to a path on this site', async () => {
    await upload(await admin(), censusCsv([['GH24680', '1960-05-05', 'hill']]));
    const client = await ctx.client().signInAs(ctx, await ctx.createUser());
    const res = await client.post('/verification/census', { identifier: 'GH24680', birth_date: '1960-05-05', return_to: '//evil.example/x' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('limits guesses per account: the sixth try in an hour is refused even when right', async () => {
    await upload(await admin(), censusCsv([['JK13579', '1975-09-09', 'port']]));
    const client = await ctx.client().signInAs(ctx, await ctx.createUser());
    for (let i = 0; i < 5; i += 1) expect((await client.post('/verification/census', { identifier: `JK0000${i}`, birth_date: '1975-09-09' })).status).toBe(400);
    const sixth = await client.post('/verification/census', { identifier: 'JK13579', birth_date: '1975-09-09' });
    expect(sixth.status).toBe(429);
    expect(await sixth.text()).toContain('Trop d’essais');
  });

  it('answers only when the census method is on, and to signed-in residents', async () => {
    expect((await ctx.client().get('/verification')).status).toBe(401);
    await enableMethods(ctx.deps.db, { census: false });
    const client = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect(await (await client.get('/verification')).text()).not.toContain('action="/verification/census"');
    expect(await (await client.post('/verification/census', { identifier: 'AB12345', birth_date: '1985-07-14' })).text()).toContain('n’est pas proposée');
    await enableMethods(ctx.deps.db);
  });
});
