import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { BALLOT_BATCH_SIZE } from './ballot-box.ts';
import { dumpTable } from './linkage-probe.ts';
import { ballotReceiptHash, normaliseReceipt, registerReceiptTag } from './secrecy.ts';
import { castAsNewResident, createBudgetFixture, storedBallots } from './test-fixture.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const approval = { settings: { ballotType: 'approval' as const, minProjects: 1 } };
const secret = () => ctx.deps.config.authSecret;
const inUrn = (budgetId: string) => ctx.deps.db.selectFrom('budget_ballot').select('choices').where('budget_id', '=', budgetId).execute();
const inPool = (budgetId: string) => ctx.deps.db.selectFrom('budget_ballot_pool').select('choices').where('budget_id', '=', budgetId).execute();

describe('changing a ballot needs the voter’s own account and their receipt (issue 10, item 3)', () => {
  it('refuses another voter’s receipt: one person never gets two ballots', async () => {
    const f = await createBudgetFixture(ctx.deps.db, approval);
    const amina = await castAsNewResident(ctx, f.budgetId, { project: ['1'] });
    const louis = await castAsNewResident(ctx, f.budgetId, { project: ['2'] });
    const stolen = await louis.client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['5', '6'], receipt: amina.receipt });
    expect(stolen.status).toBe(400);
    expect(await stolen.text()).toContain('ne correspond à aucun bulletin');
    expect(await storedBallots(ctx.deps.db, f.budgetId)).toEqual([['1'], ['2']]);

    // Someone who has not voted yet casts their own first ballot; the receipt they hold changes nothing.
    const sarah = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await sarah.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['3'], receipt: amina.receipt })).status).toBe(303);
    expect(await storedBallots(ctx.deps.db, f.budgetId)).toEqual([['1'], ['2'], ['3']]);

    // The owner, with their account and receipt, still changes their own ballot.
    expect((await amina.client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['4'], receipt: amina.receipt })).status).toBe(303);
    expect(await storedBallots(ctx.deps.db, f.budgetId)).toEqual([['2'], ['3'], ['4']]);
  });

  it('keeps a different keyed fingerprint of the receipt on each side, so the two tables cannot be matched', async () => {
    const f = await createBudgetFixture(ctx.deps.db, approval);
    const { user, receipt } = await castAsNewResident(ctx, f.budgetId, { project: ['1', '2'] });
    const entry = await ctx.deps.db.selectFrom('budget_voter').select('receipt_tag').where('voter_key', '=', `user:${user.id}`).executeTakeFirstOrThrow();
    const [ballot] = await ctx.deps.db.selectFrom('budget_ballot_pool').select('receipt_hash').where('budget_id', '=', f.budgetId).execute();
    expect(entry.receipt_tag).toBe(registerReceiptTag(secret(), receipt));
    expect(ballot.receipt_hash).toBe(ballotReceiptHash(secret(), receipt));
    expect(entry.receipt_tag).not.toBe(ballot.receipt_hash);
    // Without the server secret, a receipt (photographed, sold) does not find its ballot in a dump.
    const unkeyed = createHash('sha256').update(normaliseReceipt(receipt)).digest('hex');
    expect([entry.receipt_tag, ballot.receipt_hash]).not.toContain(unkeyed);
  });

  it('rewrites a ballot still waiting in the pool, and counts it once with its new choices', async () => {
    const f = await createBudgetFixture(ctx.deps.db, approval);
    const amina = await castAsNewResident(ctx, f.budgetId, { project: ['1'] });
    expect((await amina.client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['6'], receipt: amina.receipt })).status).toBe(303);
    expect((await inPool(f.budgetId)).map((b) => b.choices)).toEqual(['["6"]']);
    for (let i = 1; i < BALLOT_BATCH_SIZE; i++) await castAsNewResident(ctx, f.budgetId, { project: ['2'] });
    expect(await inPool(f.budgetId)).toHaveLength(0);
    const urn = (await inUrn(f.budgetId)).map((b) => b.choices);
    expect(urn).toHaveLength(BALLOT_BATCH_SIZE);
    expect(urn.filter((c) => c === '["6"]')).toHaveLength(1);
    expect(urn).not.toContain('["1"]');
  });

  it('sends a mixed ballot back to the pool when it is changed, and writes nothing in the register', async () => {
    const f = await createBudgetFixture(ctx.deps.db, approval);
    const amina = await castAsNewResident(ctx, f.budgetId, { project: ['1'] });
    for (let i = 1; i < BALLOT_BATCH_SIZE; i++) await castAsNewResident(ctx, f.budgetId, { project: ['2'] });
    expect(await inUrn(f.budgetId)).toHaveLength(BALLOT_BATCH_SIZE);
    const register = () => dumpTable(ctx.deps.db, ctx.deps.dialect, 'budget_voter');
    const before = await register();
    expect((await amina.client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['3', '4'], receipt: amina.receipt })).status).toBe(303);
    // Same rows, same storage places, same writing transactions: the change left no trace of who made it.
    expect(await register()).toEqual(before);
    expect((await inPool(f.budgetId)).map((b) => b.choices)).toEqual(['["3","4"]']);
    expect((await inUrn(f.budgetId)).map((b) => b.choices)).not.toContain('["1"]');
    expect(await storedBallots(ctx.deps.db, f.budgetId)).toHaveLength(BALLOT_BATCH_SIZE);
  });

  it('keeps ballots cast before receipts were tied to the register final', async () => {
    const f = await createBudgetFixture(ctx.deps.db, approval);
    const { user, client, receipt } = await castAsNewResident(ctx, f.budgetId, { project: ['1'] });
    await ctx.deps.db.updateTable('budget_voter').set({ receipt_tag: null }).where('voter_key', '=', `user:${user.id}`).execute();
    const again = await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['2'], receipt });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('déjà voté');
    expect(await storedBallots(ctx.deps.db, f.budgetId)).toEqual([['1']]);
  });
});
