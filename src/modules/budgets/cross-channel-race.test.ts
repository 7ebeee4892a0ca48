import type { Kysely, Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { translator } from '../../platform/i18n/index.ts';
import { deskPersonHmac, personVoterKey } from '../verification/index.ts';
import { recordVerification } from '../verification/register.ts';
import { loadBudgetContextForServer } from './budget-context.ts';
import { castPaperBallot } from './paper-service.ts';
import * as voterKeys from './migration-voter-keys.ts';
import { createBudgetFixture, storedBallots } from './test-fixture.ts';
import { castOnlineBallot, type BallotDeps } from './voting-service.ts';

const t = translator('fr');
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

/**
 * The database with a gate before every ballot's transaction: the first `parties` transactions start
 * only once all of them have asked, so each request has done all its reading (both found "not voted")
 * before either writes. This is the worst moment two requests can meet; the database must decide.
 */
function gateBeforeWriting(db: Kysely<Database>, parties: number): Kysely<Database> {
  let arrived = 0;
  let open!: () => void;
  const allArrived = new Promise<void>((resolve) => (open = resolve));
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction') {
        return () => {
          const builder = target.transaction();
          return {
            async execute<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
              if (arrived < parties) {
                arrived += 1;
                if (arrived === parties) open();
              }
              await allArrived;
              return builder.execute(work);
            },
          };
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const asCurrent = (u: { id: string; name: string; email: string }, role: CurrentUser['role']): CurrentUser => ({ ...u, emailVerified: true, role, locale: null });

describe('one person, one ballot, when paper and online arrive at the same moment', () => {
  it('counts exactly one of a paper ballot by identity and an online ballot of the same person’s verified account', async () => {
    const f = await createBudgetFixture(ctx.deps.db);
    const hmac = deskPersonHmac(ctx.deps.config.verificationKey, 'RC 777 777', '1977-07-07')!;
    const person = await ctx.createUser();
    expect(await recordVerification(ctx.deps.db, { userId: person.id, method: 'desk', neighbourhoodId: f.hoods.north, personHmac: hmac, verifiedBy: null, validityDays: 365 })).toBe('recorded');
    const admin = asCurrent(await ctx.createUser({ role: 'admin' }), 'admin');
    const budget = await loadBudgetContextForServer(ctx.deps.db, f.budgetId);
    const deps: BallotDeps = { ...ctx.deps, db: gateBeforeWriting(ctx.deps.db, 2) };

    const [paper, online] = await Promise.all([
      castPaperBallot(deps, admin, budget, { voter_email: '', identity_reference: 'rc777777', birth_date: '07/07/1977', neighbourhood_id: '' }, { ids: ['4'] }, t),
      castOnlineBallot(deps, asCurrent(person, 'resident'), budget, { ids: ['1'] }, '', t),
    ]);

    expect([paper.ok, online.ok].filter(Boolean)).toHaveLength(1);
    const refused = paper.ok ? online : paper;
    const message = paper.ok ? t('budgets.errors.alreadyVoted') : t('budgets.paper.errors.alreadyVoted');
    expect(refused).toEqual({ ok: false, errors: { _form: message } });
    expect(await storedBallots(ctx.deps.db, f.budgetId)).toHaveLength(1);
    expect(await ctx.deps.db.selectFrom('budget_voter').select('voter_key').where('budget_id', '=', f.budgetId).execute()).toHaveLength(1);
  });
});

describe('migration 038 and the ballots cast before it', () => {
  it('gives an earlier online ballot of a verified account its person key, so the person cannot vote again on paper', async () => {
    const f = await createBudgetFixture(ctx.deps.db);
    const person = await ctx.createUser();
    const hmac = deskPersonHmac(ctx.deps.config.verificationKey, 'MG 380 380', '1938-03-08')!;
    await recordVerification(ctx.deps.db, { userId: person.id, method: 'census', neighbourhoodId: null, personHmac: hmac, verifiedBy: null, validityDays: 365 });
    await voterKeys.down(ctx.deps.db);
    // What a cast wrote before the migration: the register row under the account key only.
    await ctx.deps.db.insertInto('budget_voter').values({ budget_id: f.budgetId, voter_key: `user:${person.id}`, channel: 'online', receipt_tag: null }).execute();
    await voterKeys.up(ctx.deps.db);

    const admin = asCurrent(await ctx.createUser({ role: 'admin' }), 'admin');
    const budget = await loadBudgetContextForServer(ctx.deps.db, f.budgetId);
    const paper = await castPaperBallot(ctx.deps, admin, budget, { voter_email: '', identity_reference: 'MG380380', birth_date: '1938-03-08', neighbourhood_id: '' }, { ids: ['4'] }, t);
    expect(paper).toEqual({ ok: false, errors: { _form: t('budgets.paper.errors.alreadyVoted') } });
    const keys = await ctx.deps.db.selectFrom('budget_voter_key').select('voter_key').where('budget_id', '=', f.budgetId).execute();
    expect(keys.map((k) => k.voter_key).sort()).toEqual([personVoterKey(hmac), `user:${person.id}`].sort());
  });
});
