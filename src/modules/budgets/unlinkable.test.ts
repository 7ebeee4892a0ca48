import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { secureShuffle } from '../../engines/mixing/shuffle.ts';
import { BALLOT_BATCH_SIZE } from './ballot-box.ts';
import { settleCounts } from './count-runner.ts';
import { dumpDatabase, dumpTable, issueQueryPairs, linkScores, PHYSICAL, WRITER, type Row } from './linkage-probe.ts';
import { createBudgetFixture, fixtureProjects, setVoting, type BudgetFixture } from './test-fixture.ts';

// Issue 10, item 2: a reader of the database linked 8 of 8 ballots to their voters on SQLite (rowid
// order) and 13 of 13 on PostgreSQL (same xmin). Here 2k + 5 residents vote, so two full batches are
// mixed during voting and five ballots wait in the pool until voting closes.
const k = BALLOT_BATCH_SIZE;
const voterCount = 2 * k + 5;
// A random ballot box lines up about one ballot with its voter, whatever the number of voters; the
// chance of 10 or more in one try is about 1 in 10 million. Before the fix, every ballot lines up.
const CHANCE_BOUND = 10;
const approval = { ballotType: 'approval' as const, minProjects: 1 };

let ctx: TestContext;
let f: BudgetFixture;
const voters: { user: TestUser; choices: string }[] = [];

// Every voter gets a different ballot (non-empty subsets of the six projects), in random order, so a
// ballot's content names its voter for the test and the order of contents says nothing.
function distinctBallots(n: number): string[][] {
  const refs = fixtureProjects.map(([ref]) => ref);
  const subsets = Array.from({ length: 2 ** refs.length - 1 }, (_, m) => refs.filter((_, i) => (m + 1) & (1 << i)));
  return secureShuffle(subsets).slice(0, n);
}

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createBudgetFixture(ctx.deps.db, { settings: approval });
  for (const choice of distinctBallots(voterCount)) {
    const user = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, user);
    expect((await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: choice })).status).toBe(303);
    voters.push({ user, choices: JSON.stringify(choice) });
  }
});
afterAll(async () => ctx.close());

const ownerOfBallot = (row: Row) => {
  const i = voters.findIndex((v) => v.choices === row.choices);
  return i < 0 ? undefined : i;
};
const ownerOfRow = (row: Row) => {
  const values = Object.values(row).map(String);
  const i = voters.findIndex((v) => values.some((value) => value.includes(v.user.id)));
  return i < 0 ? undefined : i;
};
const ownerOfVoterKey = (key: string) => voters.findIndex((v) => key === `user:${v.user.id}`);
const urn = async () => (await dumpTable(ctx.deps.db, ctx.deps.dialect, 'budget_ballot')).filter((r) => r.budget_id === f.budgetId);

/** How many ballots the issue's two queries attribute to their true voter. */
async function issueQueryLinks(): Promise<number> {
  const pairs = await issueQueryPairs(ctx.deps.db, ctx.deps.dialect, f.budgetId);
  return pairs.filter((r) => ownerOfBallot(r) === ownerOfVoterKey(r.voter_key)).length;
}

describe('ballots cannot be linked to voters through the database', () => {
  it('moves ballots into the urn only in batches of k, each batch hiding among its own voters', async () => {
    const ballots = await urn();
    expect(ballots).toHaveLength(2 * k);
    const waiting = await ctx.deps.db.selectFrom('budget_ballot_pool').select('id').where('budget_id', '=', f.budgetId).execute();
    expect(waiting).toHaveLength(voterCount - 2 * k);
    // What remains, as documented: storage tells which batch a ballot came in (its writing transaction
    // on PostgreSQL, its rowid range on SQLite), so each ballot hides among exactly the k voters of its batch.
    const batchKey = ctx.deps.dialect === 'postgres' ? WRITER : PHYSICAL;
    const sorted = [...ballots].sort((a, b) => Number(a[batchKey]) - Number(b[batchKey]));
    for (const batch of [0, 1]) {
      const owners = sorted.slice(batch * k, (batch + 1) * k).map(ownerOfBallot);
      expect(owners.sort((a, b) => a! - b!)).toEqual(Array.from({ length: k }, (_, i) => batch * k + i));
    }
    if (ctx.deps.dialect === 'postgres') expect(new Set(ballots.map((b) => b[WRITER])).size).toBe(2);
    expect(await issueQueryLinks()).toBeLessThan(CHANCE_BOUND);
  });

  it('after voting closes, counts every ballot, the last ones from the pool included', async () => {
    await setVoting(ctx.deps.db, f, false, approval);
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    expect((await admin.post(`/admin/budgets/${f.budgetId}/count`)).status).toBe(303);
    await settleCounts(ctx.deps.db); // the count runs in the background (count.test.ts)
    expect(await (await admin.get(`/budgets/${f.budgetId}/results`)).text()).toContain(`${voterCount} bulletins dépouillés`);
    expect(await ctx.deps.db.selectFrom('budget_ballot_pool').select('id').execute()).toHaveLength(0);
    expect((await urn()).map(ownerOfBallot).sort((a, b) => a! - b!)).toEqual(voters.map((_, i) => i));
  });

  it('links no ballot better than chance with the issue’s rowid and xmin queries', async () => {
    const links = await issueQueryLinks();
    expect(links).toBeLessThan(CHANCE_BOUND);
    if (ctx.deps.dialect === 'postgres') expect(links).toBe(0);
  });

  it('lines up no ordering nor join of any column of any table with the ballots better than chance', async () => {
    const ballots = await urn();
    const tables = await dumpDatabase(ctx.deps.db, ctx.deps.dialect);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['budget_voter', 'rate_limit', 'session', 'user', 'budget_ballot_pool']));
    const ballotKeys = [PHYSICAL, 'id', 'receipt_hash', ...(ctx.deps.dialect === 'postgres' ? [WRITER] : [])];
    const scores = tables.flatMap((t) => linkScores(t, ballots, ballotKeys, ownerOfBallot, ownerOfRow));
    // The probe itself works: the register names every voter, and the ballots name every voter.
    expect(tables.find((t) => t.name === 'budget_voter')!.rows.filter((r) => ownerOfRow(r) !== undefined)).toHaveLength(voterCount);
    expect(scores.filter((s) => s.table === 'budget_voter').length).toBeGreaterThan(4);
    const worst = scores.reduce((a, b) => (b.correct > a.correct ? b : a));
    expect(worst.correct, `${worst.table}: ${worst.how}`).toBeLessThan(CHANCE_BOUND);
    // Nothing in a ballot row names a person, and no table holds a ballot's id or receipt fingerprint.
    expect(ballots.filter((b) => ownerOfRow(b) !== undefined)).toHaveLength(0);
    const ballotValues = new Set(ballots.flatMap((b) => [b.id, b.receipt_hash]).filter(Boolean).map(String));
    const elsewhere = tables.filter((t) => t.name !== 'budget_ballot').flatMap((t) => t.rows.flatMap((r) => Object.values(r).map(String)));
    expect(elsewhere.filter((v) => ballotValues.has(v))).toEqual([]);
  });
});
