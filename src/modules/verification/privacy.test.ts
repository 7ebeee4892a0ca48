import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createUserWithPassword } from '../accounts/test-users.ts';
import { createBudgetFixture, setVoting, type BudgetFixture } from '../budgets/test-fixture.ts';
import { releaseDeletedAccounts } from './retention.ts';
import { censusCsv, enableMethods, requireForAction } from './test-fixtures.ts';

let ctx: TestContext;
let f: BudgetFixture;
let north: string;
beforeAll(async () => {
  ctx = await createTestContext();
  await enableMethods(ctx.deps.db);
  f = await createBudgetFixture(ctx.deps.db);
  await requireForAction(ctx.deps.db, f.componentId, 'vote', 'any');
  north = `north-${f.processSlug.slice(3)}`;
});
afterAll(async () => ctx.close());

const adminClient = async () => ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));

async function uploadCensus(rows: [string, string, string][]) {
  const form = new FormData();
  form.append('file', new File([censusCsv(rows)], 'census.csv'));
  expect((await (await adminClient()).postMultipart('/admin/verification/census', form)).status).toBe(303);
}

// Every row of every table, as text: what someone holding a copy of the database (but not the key) sees.
async function dumpEverything(): Promise<string> {
  const tables = await ctx.deps.db.introspection.getTables();
  const parts: string[] = [];
  for (const table of tables) parts.push(JSON.stringify(await ctx.deps.db.selectFrom(sql.table(table.name).as('t')).selectAll().execute()));
  return parts.join('\n').toUpperCase();
}

describe('what the register keeps', () => {
  it('holds no identifier, birth date or address in clear after a verification of each kind and a paper ballot', async () => {
    await uploadCensus([['PV100001', '1971-06-15', north], ['PV100002', '1972-07-16', north]]);
    const census = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await census.post('/verification/census', { identifier: 'PV 100001', birth_date: '15/06/1971' })).status).toBe(303);

    const admin = await adminClient();
    const deskPerson = await ctx.createUser();
    expect((await admin.post('/verification/desk', { account_email: deskPerson.email, identifier: 'DSK778899', birth_date: '24/12/1966', neighbourhood_id: f.hoods.south })).status).toBe(303);

    const letterUser = await ctx.createUser();
    const letter = await ctx.client().signInAs(ctx, letterUser);
    expect((await letter.post('/verification/letter', { full_name: 'Rosalind Quayle', address: '12 rue des Glycines\n99000 Bellerive', neighbourhood_id: f.hoods.north })).status).toBe(303);
    // Waiting to be printed, the address is sealed, not in clear.
    expect(await dumpEverything()).not.toContain('GLYCINES');
    const sheet = await (await admin.post('/admin/verification/letters/print')).text();
    expect(sheet).toContain('12 rue des Glycines');
    const code = /class="letter-code">([A-Z0-9-]+)</.exec(sheet)![1];
    expect(code.replace(/-/g, '')).toHaveLength(10);
    expect((await letter.post('/verification/letter/code', { code: code.toLowerCase() })).status).toBe(303);

    expect((await admin.post(`/admin/budgets/${f.budgetId}/paper`, { identity_reference: 'PAPER-4321', birth_date: '10/10/1950', project: ['4'] })).status).toBe(303);

    const methods = await ctx.deps.db.selectFrom('identity_verification').select('method').orderBy('method').execute();
    expect(methods.map((m) => m.method)).toEqual(['census', 'desk', 'letter']);
    const dump = await dumpEverything();
    // The dump is the real thing: it holds the register's rows and the paper ballot's register entry.
    expect(dump).toContain('"METHOD":"LETTER"');
    expect(dump).toContain('"CHANNEL":"PAPER"');
    for (const secret of ['PV100001', 'PV 100001', '1971-06-15', '15/06/1971', 'DSK778899', '1966-12-24', '24/12/1966', 'GLYCINES', 'ROSALIND', 'QUAYLE', '99000', 'PAPER-4321', 'PAPER4321', '1950-10-10', code, code.replace(/-/g, '')]) {
      expect(dump, secret).not.toContain(secret.toUpperCase());
    }
  });

  it('a letter code works 30 days, 5 tries, then never', async () => {
    const user = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, user);
    await client.post('/verification/letter', { full_name: 'Noor Haddad', address: '3 impasse du Moulin, 99000 Bellerive', neighbourhood_id: f.hoods.north });
    const sheet = await (await (await adminClient()).post('/admin/verification/letters/print')).text();
    const code = /class="letter-code">([A-Z0-9-]+)</.exec(sheet)![1];
    const row = await ctx.deps.db.selectFrom('verification_letter').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(Date.parse(row.expires_at!) - Date.parse(row.printed_at!)).toBe(30 * 86_400_000);
    for (let i = 0; i < 4; i += 1) expect(await (await client.post('/verification/letter/code', { code: 'AAAA-BBBB-CC' })).text()).toContain('ne correspond pas');
    expect(await (await client.post('/verification/letter/code', { code: 'AAAA-BBBB-CD' })).text()).toContain('Trop d’essais');
    expect(await (await client.post('/verification/letter/code', { code })).text()).toContain('Trop d’essais');
    expect(await ctx.deps.db.selectFrom('identity_verification').select('id').where('user_id', '=', user.id).executeTakeFirst()).toBeUndefined();
  });
});

describe('the person’s own data', () => {
  it('exports the verification (method, neighbourhood, dates) and never the keyed hash', async () => {
    await uploadCensus([['EX200001', '1980-08-08', north]]);
    const user = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, user);
    await client.post('/verification/census', { identifier: 'EX200001', birth_date: '1980-08-08' });
    const hmac = (await ctx.deps.db.selectFrom('identity_verification').select('person_hmac').where('user_id', '=', user.id).executeTakeFirstOrThrow()).person_hmac;
    const text = await (await client.get('/account/export')).text();
    const data = JSON.parse(text);
    expect(data.verification.verification).toMatchObject({ method: 'census', neighbourhood: `Nord ${f.processSlug.slice(3)}`, verifiedAtHelpDesk: false });
    expect(data.verification.verification.verifiedAt).toBeTruthy();
    expect(data.verification.verification.expiresAt).toBeTruthy();
    expect(text).not.toContain(hmac);
  });

  it('after deletion, keeps only the keyed hash while a vote it allowed is open, then deletes it', async () => {
    await uploadCensus([['DL300001', '1990-09-09', north]]);
    const user = await createUserWithPassword(ctx, 'je pars de la ville', {});
    const client = await ctx.client().signInAs(ctx, user);
    await client.post('/verification/census', { identifier: 'DL300001', birth_date: '1990-09-09' });
    expect((await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['1'] })).status).toBe(303);
    expect((await client.post('/account/delete', { confirmed: 'yes', password: 'je pars de la ville' })).status).toBe(303);

    await releaseDeletedAccounts(ctx.deps.db, ctx.deps.modules);
    const kept = await ctx.deps.db.selectFrom('identity_verification').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(kept.neighbourhood_id).toBeNull();
    // While the vote is open, the same person cannot verify a new account (and vote again).
    const again = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect(await (await again.post('/verification/census', { identifier: 'DL300001', birth_date: '1990-09-09' })).text()).toContain('déjà un autre compte');

    await setVoting(ctx.deps.db, f, false);
    expect(await releaseDeletedAccounts(ctx.deps.db, ctx.deps.modules)).toMatchObject({ kept: 0 });
    expect(await ctx.deps.db.selectFrom('identity_verification').select('id').where('user_id', '=', user.id).executeTakeFirst()).toBeUndefined();
    expect((await again.post('/verification/census', { identifier: 'DL300001', birth_date: '1990-09-09' })).status).toBe(303);
    await setVoting(ctx.deps.db, f, true);
    await requireForAction(ctx.deps.db, f.componentId, 'vote', 'any');
  });
});
