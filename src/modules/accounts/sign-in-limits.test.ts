import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { accountDelayMs, signInRules } from '../../platform/password-attempts.ts';
import { countHit } from '../../platform/rate-limit.ts';
import { deleteAccount } from './service.ts';

// Behind one trusted proxy, so each test client can come from an address of its own.
let ctx: TestContext;
const password = 'une phrase de passe correcte';
let passwordHash: string;

beforeAll(async () => {
  ctx = await createTestContext({ trustProxy: 1 });
  passwordHash = await (await ctx.deps.auth.$context).password.hash(password);
}, 60_000);
afterAll(() => ctx.close());

/** A verified account with `password` (hashed once for the whole file: hashing is the slow part). */
async function account(email: string): Promise<TestUser> {
  const user = await ctx.createUser({ email });
  const auth = await ctx.deps.auth.$context;
  await auth.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: passwordHash });
  return user;
}

const signIn = (client: TestClient, from: string, email: string, pass: string) =>
  client.post('/account/sign-in', { email, password: pass }, { 'x-forwarded-for': from });

describe('sign-in limits that stop guessing without locking people out', () => {
  it('lets 60 people sign in one after another from one school network', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const user = await account(`pupil${i}@school.example`);
      statuses.push((await signIn(ctx.client(), '192.0.2.10', user.email, password)).status);
    }
    expect(statuses.filter((s) => s !== 303)).toEqual([]);
  }, 120_000);

  it('does not stop the owner, from another address, after 50 wrong passwords from one address', async () => {
    const owner = await account('owner@example.org');
    const attacker = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) statuses.push((await signIn(attacker, '198.51.100.66', owner.email, `guess ${i}`)).status);
    expect(statuses.slice(0, signInRules.perPair.limit).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(signInRules.perPair.limit).every((s) => s === 429)).toBe(true);
    // The attacker's address stays refused, even with the right password...
    expect((await signIn(attacker, '198.51.100.66', owner.email, password)).status).toBe(429);
    // ...while the owner signs in from home.
    const home = await signIn(ctx.client(), '203.0.113.5', owner.email, password);
    expect(home.status).toBe(303);
  }, 60_000);

  it('clears an address’s failures on an account when the right password comes from it', async () => {
    const user = await account('forgetful@example.org');
    const client = ctx.client();
    for (let i = 0; i < 9; i++) expect((await signIn(client, '192.0.2.77', user.email, `oops ${i}`)).status).toBe(400);
    expect((await signIn(client, '192.0.2.77', user.email, password)).status).toBe(303);
    // Without the clearing, the second of these would be the address's eleventh failure on the account.
    for (let i = 0; i < 3; i++) expect((await signIn(ctx.client(), '192.0.2.77', user.email, `again ${i}`)).status).toBe(400);
  }, 60_000);

  it('slows an account under attack from many addresses down by turns, and says when to come back', async () => {
    const user = await account('targeted@example.org');
    const key = user.email;
    // Sixteen wrong passwords from everywhere in the last hour: turns are a minute apart.
    for (let i = 0; i < 16; i++) await countHit(ctx.deps.db, signInRules.perAccount, key);
    expect(accountDelayMs(16)).toBe(60_000);
    expect((await signIn(ctx.client(), '198.51.100.1', key, 'guess a')).status).toBe(400);
    const next = await signIn(ctx.client(), '198.51.100.2', key, 'guess b');
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(await next.text()).toMatch(/Réessayez dans 1 minute/);
  });

  it('forgets the counters that name an account when the account is deleted', async () => {
    const user = await account('leaving@example.org');
    for (const from of ['192.0.2.1', '192.0.2.2']) expect((await signIn(ctx.client(), from, user.email, 'wrong')).status).toBe(400);
    const named = () => ctx.deps.db.selectFrom('rate_limit').select('key').where('key', 'like', '%leaving@example.org%').execute();
    expect((await named()).length).toBe(3);
    const deleted = await deleteAccount(ctx.deps, { id: user.id, name: user.name, email: user.email, emailVerified: true, role: 'resident', locale: null }, password);
    expect(deleted.ok).toBe(true);
    expect(await named()).toEqual([]);
  });
});
