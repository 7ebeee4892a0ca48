import { formatDate } from '../../platform/i18n/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import type { PhaseRow } from '../processes/types.ts';
import { settleCounts } from './count-runner.ts';
import { budgetStage } from './stage.ts';
import { createBudgetFixture, setVoting, type BudgetFixture } from './test-fixture.ts';

const phase = (id: string, position: number, starts_on: string, ends_on: string) => ({ id, position, starts_on, ends_on }) as PhaseRow;
const phases = [phase('ideas', 1, '2026-01-01', '2026-01-31'), phase('vote', 2, '2026-02-01', '2026-02-28'), phase('works', 3, '2026-03-01', '2026-12-31')];
const component = { settings: JSON.stringify({ global: {}, phases: { vote: { votingEnabled: true } } }), type: 'budgets' } as never;
const stageOn = (today: string, current: PhaseRow | null, votingOpen: boolean, published: string | null = null) =>
  budgetStage({ component, detail: { phases, current } as never, votingOpen }, published === null ? null : { published_at: published }, today);

describe('budgetStage', () => {
  it('follows a budget from the announced vote to its published results', () => {
    expect(stageOn('2026-01-10', phases[0], false)).toEqual({ kind: 'upcoming', opensOn: '2026-02-01' });
    expect(stageOn('2026-02-10', phases[1], true)).toEqual({ kind: 'open', closesOn: '2026-02-28' });
    expect(stageOn('2026-03-05', phases[2], false)).toEqual({ kind: 'counting', closedOn: '2026-02-28' });
    expect(stageOn('2026-03-20', phases[2], false, '2026-03-15T10:00:00Z')).toEqual({ kind: 'published', publishedAt: '2026-03-15T10:00:00Z' });
  });

  it('tells the truth when an admin set the phase by hand', () => {
    // Vote reopened after its dates: open until the city closes it.
    expect(stageOn('2026-04-01', phases[1], true)).toEqual({ kind: 'open', closesOn: null });
    // Vote closed early: counting, with no closing date to claim.
    expect(stageOn('2026-02-10', phases[2], false)).toEqual({ kind: 'counting', closedOn: null });
    // Back to the ideas phase although the vote's dates have passed: it opens when the city moves on.
    expect(stageOn('2026-03-05', phases[0], false)).toEqual({ kind: 'upcoming', opensOn: null });
  });

  it('says the vote is not planned when no phase opens it, and between phases uses the dates', () => {
    const none = budgetStage({ component: { settings: '{}', type: 'budgets' } as never, detail: { phases, current: phases[0] } as never, votingOpen: false }, null, '2026-01-10');
    expect(none).toEqual({ kind: 'unscheduled' });
    expect(stageOn('2025-12-01', null, false)).toEqual({ kind: 'upcoming', opensOn: '2026-02-01' });
  });
});

describe('the budget page says where things stand', () => {
  let ctx: TestContext;
  let f: BudgetFixture;
  let resident: TestClient;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  // The page's own date format (French writes "1er" for the first of a month, which Intl does not).
  const longDate = (iso: string) => formatDate('fr', iso);
  const page = async (client: TestClient = ctx.client()) => (await client.get(`/budgets/${f.budgetId}`)).text();
  const ballot = async (client: TestClient = ctx.client()) => (await client.get(`/budgets/${f.budgetId}/ballot`)).text();
  const setDates = (from: number, to: number) => ctx.deps.db.updateTable('phase').set({ starts_on: day(from), ends_on: day(to) }).where('id', '=', f.phaseId).execute();

  beforeAll(async () => {
    ctx = await createTestContext();
    f = await createBudgetFixture(ctx.deps.db);
    resident = await ctx.client().signInAs(ctx, await ctx.createUser());
  });
  afterAll(() => ctx.close());

  it('gives the opening date before the vote, the closing date during it', async () => {
    await setDates(3, 10);
    expect(await page()).toContain(`Le vote ouvrira le ${longDate(day(3))}.`);
    // The ballot itself says when it opens, rather than only "voting is closed".
    expect(await ballot(resident)).toContain(`Le vote ouvrira le ${longDate(day(3))}.`);
    expect(await ballot(resident)).not.toContain('name="project"');
    await setDates(-1, 10);
    expect(await page()).toContain(`Le vote est ouvert jusqu’au ${longDate(day(10))} inclus.`);
  });

  it('tells a voter that they voted and how to change their ballot with the receipt', async () => {
    expect(await page(resident)).not.toContain('Vous avez voté');
    expect((await resident.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['1', '4'] })).status).toBe(303);
    const html = await page(resident);
    expect(html).toContain('Vous avez voté\u202F: votre bulletin est enregistré.');
    expect(html).toContain('saisissez le code de reçu');
    expect(html).toContain(`href="/budgets/${f.budgetId}/ballot">Modifier mon bulletin`);
    // On the ballot too, without a link to the page the voter is on.
    const own = await ballot(resident);
    expect(own).toContain('Vous avez voté\u202f: votre bulletin est enregistré.');
    expect(own).not.toContain('Modifier mon bulletin');
    expect(await page()).not.toContain('Vous avez voté');
  });

  it('says counting is under way once voting closed, then when results were published', async () => {
    await setDates(-10, -2);
    expect(await page()).toContain(`Le vote est clos depuis le ${longDate(day(-2))}. Le dépouillement est en cours`);
    const results = await ctx.client().get(`/budgets/${f.budgetId}/results`);
    expect(results.status).toBe(200);
    expect(await results.text()).toContain('Les résultats seront publiés après le dépouillement.');
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    await setVoting(ctx.deps.db, f, false);
    expect((await admin.post(`/admin/budgets/${f.budgetId}/count`)).status).toBe(303);
    await settleCounts(ctx.deps.db); // the count runs in the background (count.test.ts)
    expect((await admin.post(`/admin/budgets/${f.budgetId}/publish`, { confirmed: 'yes' })).status).toBe(303);
    const today = formatDate('fr', new Date());
    expect(await page()).toContain(`Les résultats ont été publiés le ${today}.`);
    for (const html of [await page(), await ballot(), await ballot(resident)]) {
      expect(html).toContain(`Les résultats ont été publiés le ${today}. <a href="/budgets/${f.budgetId}/results">Voir les résultats</a>`);
    }
    expect(await ballot(resident)).toContain('Vous avez voté');
  });

  it('opens voting when an admin chooses the voting phase by hand after its dates, and the page says so', async () => {
    const g = await createBudgetFixture(ctx.deps.db);
    await ctx.deps.db.updateTable('phase').set({ starts_on: day(-20), ends_on: day(-10) }).where('id', '=', g.phaseId).execute();
    expect(await (await ctx.client().get(`/budgets/${g.budgetId}`)).text()).toContain('Le vote est clos');
    const processId = (await ctx.deps.db.selectFrom('phase').select('process_id').where('id', '=', g.phaseId).executeTakeFirstOrThrow()).process_id;
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    expect((await admin.post(`/admin/processes/${processId}/current-phase`, { phase_id: g.phaseId })).status).toBe(303);
    const html = await (await ctx.client().get(`/budgets/${g.budgetId}`)).text();
    expect(html).toContain('Le vote est ouvert jusqu’à ce que la ville le ferme.');
    expect(html).toContain(`href="/budgets/${g.budgetId}/ballot"`);
    expect((await resident.post(`/budgets/${g.budgetId}/ballot/cast`, { project: ['2'] })).status).toBe(303);
  });
});
