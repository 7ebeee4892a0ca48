import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { countPseudonymJoin, forgetPastNetworks, networkKey, PSEUDONYMS_PER_NETWORK_PER_DAY, pseudonymOrigins } from './pseudonym-origin.ts';
import { createMapFixture } from './testing/map-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

const count = async (table: 'opinion_participant' | 'opinion_vote' | 'opinion_statement', mapId: string) =>
  Number((await ctx.deps.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('map_id', '=', mapId).executeTakeFirstOrThrow()).n);
const pseudonymCookie = (res: Response) => res.headers.getSetCookie().some((c) => c.startsWith('cocity_pseudonym='));

async function seededMap() {
  const map = await createMapFixture(ctx.deps.db, { participation: 'pseudonymous' });
  for (const body of ['Des bancs à l’ombre.', 'Moins de voitures.']) expect((await admin.post(`/opinion-maps/${map.componentId}/manage/seed`, { body })).status).toBe(303);
  const ids = (await ctx.deps.db.selectFrom('opinion_statement').select('id').where('map_id', '=', map.componentId).orderBy('number').execute()).map((s) => s.id);
  return { ...map, ids };
}

describe('a pseudonym is born with a first vote, not before', () => {
  it('creates no participant and sends no cookie for a page view, a refused vote or a statement', async () => {
    const map = await seededMap();
    const visitor = ctx.client();
    const page = await visitor.get(map.url);
    expect(pseudonymCookie(page)).toBe(false);
    const html = await page.text();
    expect(html).toContain('Votez sur au moins une affirmation ci-dessus pour pouvoir écrire la vôtre');
    // The two answers differ in colour and in shape: a tick on a round button, a cross on a square one.
    expect(html).toContain('<button type="submit" name="vote" value="agree" class="vote-agree"><span aria-hidden="true">✓ </span>D’accord</button>');
    expect(html).toContain('<button type="submit" name="vote" value="disagree" class="vote-disagree"><span aria-hidden="true">✗ </span>Pas d’accord</button>');
    expect(html).not.toContain(`action="/opinion-maps/${map.componentId}/statements"`);
    for (const form of [{ statementId: map.ids[0], vote: 'maybe' }, { statementId: 'unknown', vote: 'agree' }]) {
      const refused = await visitor.post(`/opinion-maps/${map.componentId}/votes`, form);
      expect(refused.status).toBe(400);
      expect(pseudonymCookie(refused)).toBe(false);
    }
    const statement = await visitor.post(`/opinion-maps/${map.componentId}/statements`, { body: 'Une idée sans avoir voté.' });
    expect(statement.status).toBe(400);
    expect(await statement.text()).toContain('Votez d’abord sur au moins une affirmation');
    expect(pseudonymCookie(statement)).toBe(false);
    expect([await count('opinion_participant', map.componentId), await count('opinion_statement', map.componentId)]).toEqual([0, 2]);

    const vote = await visitor.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' });
    expect(vote.status).toBe(303);
    expect(pseudonymCookie(vote)).toBe(true);
    expect(await count('opinion_participant', map.componentId)).toBe(1);
    expect((await visitor.post(`/opinion-maps/${map.componentId}/statements`, { body: 'Une idée après avoir voté.' })).status).toBe(303);
    expect([await count('opinion_participant', map.componentId), await count('opinion_statement', map.componentId)]).toEqual([1, 3]);
  });
});

describe('pseudonyms from one network', () => {
  it(`lets ${PSEUDONYMS_PER_NETWORK_PER_DAY} join a map from one network per day, then asks the next to sign in, saving nothing`, async () => {
    const map = await seededMap();
    const first = ctx.client();
    for (let i = 0; i < PSEUDONYMS_PER_NETWORK_PER_DAY; i++) {
      const client = i === 0 ? first : ctx.client();
      expect((await client.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' })).status).toBe(303);
    }
    const refused = await ctx.client().post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Trop de participant·es ont rejoint cette carte depuis votre réseau aujourd’hui');
    expect(pseudonymCookie(refused)).toBe(false);
    expect([await count('opinion_participant', map.componentId), await count('opinion_vote', map.componentId)]).toEqual([PSEUDONYMS_PER_NETWORK_PER_DAY, PSEUDONYMS_PER_NETWORK_PER_DAY]);

    // Those already in keep voting, a resident with an account is not counted, and another map has its own count.
    expect((await first.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[1], vote: 'disagree' })).status).toBe(303);
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'pass' })).status).toBe(303);
    const other = await seededMap();
    expect((await ctx.client().post(`/opinion-maps/${other.componentId}/votes`, { statementId: other.ids[0], vote: 'agree' })).status).toBe(303);

    // The host sees how many came from a crowded network, never which network.
    const manage = await (await admin.get(`/opinion-maps/${map.componentId}/manage`)).text();
    expect(manage).toContain('100 participant·es sous pseudonyme en tout.');
    expect(manage).toMatch(/Arrivé·es à plus de 10 du même réseau le même jour<\/dt><dd>100 participant·es/);
    expect(manage).toContain('Le plus de pseudonymes venus d’un même réseau en une journée (sans dire lequel ni quel jour)\u202F: 100.');
    const stored = JSON.stringify(await ctx.deps.db.selectFrom('opinion_pseudonym_origin').selectAll().execute());
    expect(stored).not.toContain('local');
  });

  it('counts the address the trusted proxy saw: entries a client writes into X-Forwarded-For do not reset its count', async () => {
    const proxied = await createTestContext({ trustProxy: 1 });
    try {
      const host = await proxied.client().signInAs(proxied, await proxied.createUser({ role: 'admin' }));
      const map = await createMapFixture(proxied.deps.db, { participation: 'pseudonymous' });
      expect((await host.post(`/opinion-maps/${map.componentId}/manage/seed`, { body: 'Des bancs à l’ombre.' })).status).toBe(303);
      const statement = (await proxied.deps.db.selectFrom('opinion_statement').select('id').where('map_id', '=', map.componentId).executeTakeFirstOrThrow()).id;
      // The proxy appends the address it saw; everything to its left was written by the client.
      const vote = (forwardedFor: string) => proxied.client().post(`/opinion-maps/${map.componentId}/votes`, { statementId: statement, vote: 'agree' }, { 'x-forwarded-for': forwardedFor });
      for (let i = 0; i < PSEUDONYMS_PER_NETWORK_PER_DAY; i++) expect((await vote(`10.0.${i >> 8}.${i & 255}, 2001:db8:7:7:${i.toString(16)}::1`)).status).toBe(303);
      expect((await vote('10.99.99.99, 2001:db8:7:7:ffff::1')).status).toBe(429);
      expect((await vote('2001:db8:7:7::5')).status).toBe(429);
      // Another network behind the same proxy is counted on its own.
      expect((await vote('10.0.0.1, 198.51.100.20')).status).toBe(303);
      const manage = await (await host.get(`/opinion-maps/${map.componentId}/manage`)).text();
      expect(manage).toContain('Le plus de pseudonymes venus d’un même réseau en une journée (sans dire lequel ni quel jour)\u202F: 100.');
      expect(manage).not.toMatch(/2001:db8|198\.51|10\.0\./);
    } finally {
      await proxied.close();
    }
  });

  it('counts per network under a daily keyed hash, buckets the counts for hosts, and erases the hashes once the day is over', async () => {
    const map = await seededMap();
    const day = '2026-03-02';
    const join = async (address: string, times = 1) => {
      for (let i = 0; i < times; i++) await countPseudonymJoin(ctx.deps.db, map.componentId, networkKey('secret', address, day), day);
    };
    await join('198.51.100.7');
    await join('203.0.113.9', 4);
    await join('2001:db8:1:2::aaaa', 6);
    await join('2001:db8:1:2:ffff::1', 6); // same /64 as the line above: one network
    await join('192.0.2.44', 3);
    expect(await pseudonymOrigins(ctx.deps.db, map.componentId)).toEqual({ pseudonymous: 0, alone: 1, fewPerNetwork: 7, manyPerNetwork: 12, uncounted: 0, largestFromOneNetwork: [12, 4, 3] });
    const rows = await ctx.deps.db.selectFrom('opinion_pseudonym_origin').selectAll().where('map_id', '=', map.componentId).execute();
    expect(JSON.stringify(rows)).not.toMatch(/198\.51|203\.0|192\.0|2001:db8/);
    expect(networkKey('secret', '198.51.100.7', '2026-03-03')).not.toBe(networkKey('secret', '198.51.100.7', day));
    expect(networkKey('other secret', '198.51.100.7', day)).not.toBe(networkKey('secret', '198.51.100.7', day));

    await forgetPastNetworks(ctx.deps.db, new Date('2026-03-03T00:00:01Z'));
    const after = await ctx.deps.db.selectFrom('opinion_pseudonym_origin').select('address_key').where('map_id', '=', map.componentId).execute();
    expect(after.map((r) => r.address_key)).toEqual([null, null, null, null]);
    expect(await pseudonymOrigins(ctx.deps.db, map.componentId)).toMatchObject({ manyPerNetwork: 12, largestFromOneNetwork: [12, 4, 3] });
  });

  it('counts an IPv6 client by its /64 block and an IPv4-mapped address as IPv4', () => {
    const key = (address: string) => networkKey('secret', address, '2026-03-02');
    expect(key('2001:db8:1:2:aaaa::1')).toBe(key('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'));
    expect(key('2001:db8:1:2:aaaa::1')).toBe(key('2001:db8:1:2::/64')); // as clientAddress gives it
    expect(key('2001:db8:1:3::1')).not.toBe(key('2001:db8:1:2::1'));
    expect(key('::ffff:192.0.2.1')).toBe(key('192.0.2.1'));
    expect(key('192.0.2.1')).not.toBe(key('192.0.2.2'));
  });
});
