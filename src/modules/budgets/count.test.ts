import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { pabulibFixtures } from '../../../test/fixtures/index.ts';
import { readPabulib, tally } from '../../engines/budgeting/index.ts';
import { beatCount, claimCount, finishCount, findCount, MAX_RESUMES, queueCount, STALE_MS } from './count-jobs.ts';
import type { StoredOutcome } from './count-outcome.ts';
import { runCountInBackground, settleCounts, stopCounts } from './count-runner.ts';
import { superviseCounts } from './count-supervisor.ts';
import { readOutcome } from './results-service.ts';
import { findResult } from './queries.ts';
import { createBudgetFixture, fillFromElection, setVoting, type BudgetFixture } from './test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
let adminId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const user = await ctx.createUser({ role: 'admin' });
  adminId = user.id;
  admin = await ctx.client().signInAs(ctx, user);
});
afterAll(async () => {
  await settleCounts(ctx.deps.db);
  await ctx.close();
});

/** A budget whose voting is closed, with the given approval ballots cast by residents. */
async function closedBudget(ballots: string[][] = []): Promise<BudgetFixture> {
  const f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval', minProjects: 1 } });
  for (const choice of ballots) {
    const voter = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await voter.post(`/budgets/${f.budgetId}/ballot/cast`, { project: choice })).status).toBe(303);
  }
  await setVoting(ctx.deps.db, f, false, { ballotType: 'approval', minProjects: 1 });
  return f;
}

const countEntries = (budgetId: string) =>
  ctx.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'budget.count').where('target_id', '=', budgetId).execute();

// Makes a count look like its server died mid-count: nothing runs it and its heartbeat is old.
async function stopHeartbeat(budgetId: string) {
  const old = new Date(Date.now() - STALE_MS - 1_000).toISOString();
  await ctx.deps.db.updateTable('budget_count').set({ heartbeat_at: old }).where('budget_id', '=', budgetId).execute();
}

describe('counting a budget in the background', () => {
  it('answers at once with a progress page that refreshes itself, then leads to the counted result', async () => {
    const f = await closedBudget([['1', '2'], ['4', '5'], ['6']]);
    const res = await admin.post(`/admin/budgets/${f.budgetId}/count`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/budgets/${f.budgetId}/count`);
    // The request has returned while the count is still queued or running in its worker thread.
    expect(['queued', 'running']).toContain((await findCount(ctx.deps.db, f.budgetId))?.state);
    const page = await admin.get(`/admin/budgets/${f.budgetId}/count?lang=fr`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Le dépouillement tourne en arrière-plan');
    expect(html).toContain(`href="/admin/budgets/${f.budgetId}/count"`);
    expect(html).not.toContain('<script');
    // It reloads itself only when asked to: a meta refresh, which the admin can turn off again.
    expect(html).not.toContain('http-equiv="refresh"');
    const auto = await (await admin.get(`/admin/budgets/${f.budgetId}/count?auto=1&lang=fr`)).text();
    expect(auto).toContain('<meta http-equiv="refresh" content="5"/>');
    expect(auto).toContain('Arrêter la mise à jour automatique');

    await settleCounts(ctx.deps.db);
    const done = await admin.get(`/admin/budgets/${f.budgetId}/count`);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/budgets/${f.budgetId}/results`);
    const result = await findResult(ctx.deps.db, f.budgetId);
    expect(readOutcome(result!).ballots).toBe(3);
    expect(await countEntries(f.budgetId)).toHaveLength(1);
  });

  it('shows how far the endowment search has gone', async () => {
    const f = await closedBudget();
    const attempt = (await queueCount(ctx.deps.db, f.budgetId, adminId))!;
    await claimCount(ctx.deps.db, f.budgetId, attempt);
    await beatCount(ctx.deps.db, f.budgetId, attempt, { runs: 12, endowment: 40_000, cost: 90_000, budget: 100_000 });
    const html = await (await admin.get(`/admin/budgets/${f.budgetId}/count?lang=en`)).text();
    expect(html).toContain('12 computations of the Method of Equal Shares.');
    expect(html).toContain('<progress id="count-progress" value="90000" max="100000">');
    expect(html).toMatch(/Share of each voter reached without exceeding the budget: €40,000(\.00)?, spending €90,000(\.00)? of €100,000/);
    // The budget's admin page leads back to the count while it runs, and after it stopped short.
    const budgetPage = async () => (await admin.get(`/admin/budgets/${f.budgetId}?lang=en`)).text();
    expect(await budgetPage()).toContain(`<a href="/admin/budgets/${f.budgetId}/count">A count is under way: see how far it has got</a>`);
    await stopHeartbeat(f.budgetId);
    expect(await budgetPage()).toContain('The last count did not finish: see why');
  });

  it('starts one count for two clicks', async () => {
    const f = await closedBudget([['1']]);
    const [first, second] = await Promise.all([admin.post(`/admin/budgets/${f.budgetId}/count`), admin.post(`/admin/budgets/${f.budgetId}/count`)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(await queueCount(ctx.deps.db, f.budgetId, adminId)).toBeNull();
    await settleCounts(ctx.deps.db);
    expect(await countEntries(f.budgetId)).toHaveLength(1);
    // Once that count is done, a new one may start.
    expect(await queueCount(ctx.deps.db, f.budgetId, adminId)).not.toBeNull();
  });

  it('leaves a count interrupted by a crash ready to start again, and ignores the dead attempt', async () => {
    const f = await closedBudget([['2', '3']]);
    const dead = (await queueCount(ctx.deps.db, f.budgetId, adminId))!;
    expect(await claimCount(ctx.deps.db, f.budgetId, dead)).toBe(true);
    await stopHeartbeat(f.budgetId);
    expect((await findCount(ctx.deps.db, f.budgetId))?.state).toBe('interrupted');
    const html = await (await admin.get(`/admin/budgets/${f.budgetId}/count?lang=fr`)).text();
    expect(html).toContain('Le dépouillement a été interrompu');
    expect(html).toContain(`<form method="post" action="/admin/budgets/${f.budgetId}/count">`);
    expect(html).not.toContain('http-equiv="refresh"');

    expect((await admin.post(`/admin/budgets/${f.budgetId}/count`)).status).toBe(303);
    await settleCounts(ctx.deps.db);
    expect((await findCount(ctx.deps.db, f.budgetId))?.state).toBe('done');
    const counted = await findResult(ctx.deps.db, f.budgetId);
    // The attempt given up for dead finishes late: it writes nothing.
    const stale = { ...readOutcome(counted!), selected: ['6'] } as StoredOutcome;
    await finishCount(ctx.deps.db, f.budgetId, dead, stale);
    expect(await findResult(ctx.deps.db, f.budgetId)).toEqual(counted);
    expect(await countEntries(f.budgetId)).toHaveLength(1);
  });

  it('fails without writing when the results were published while it ran', async () => {
    const f = await closedBudget([['1']]);
    expect((await admin.post(`/admin/budgets/${f.budgetId}/count`)).status).toBe(303);
    await settleCounts(ctx.deps.db);
    const attempt = (await queueCount(ctx.deps.db, f.budgetId, adminId))!;
    await claimCount(ctx.deps.db, f.budgetId, attempt);
    expect((await admin.post(`/admin/budgets/${f.budgetId}/publish`, { confirmed: 'yes' })).status).toBe(303);
    const published = await findResult(ctx.deps.db, f.budgetId);
    await finishCount(ctx.deps.db, f.budgetId, attempt, { ...readOutcome(published!), selected: [] });
    expect(await findResult(ctx.deps.db, f.budgetId)).toEqual(published);
    const html = await (await admin.get(`/admin/budgets/${f.budgetId}/count?lang=en`)).text();
    expect(html).toContain('The count failed: The results are published');
    expect(html).toContain('Count again');
  });

  it('is for admins only, and refuses while voting is open', async () => {
    const f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval', minProjects: 1 } });
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.post(`/admin/budgets/${f.budgetId}/count`)).status).toBe(403);
    expect((await resident.get(`/admin/budgets/${f.budgetId}/count`)).status).toBe(403);
    const open = await admin.post(`/admin/budgets/${f.budgetId}/count`);
    expect(open.status).toBe(400);
    expect(await findCount(ctx.deps.db, f.budgetId)).toBeNull();
  });
});

describe('a count that outlives its server', () => {
  const warsaw = readPabulib(readFileSync(new URL('Poland_Warszawa_2026.pb', pabulibFixtures), 'utf8'));

  const ended = (budgetId: string) => async () => ['done', 'failed'].includes((await findCount(ctx.deps.db, budgetId))?.state ?? '');
  const waitFor = async (what: string, test: () => Promise<boolean>) => {
    for (let tries = 0; !(await test()); tries++) {
      if (tries > 2_400) throw new Error(`gave up waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  it('is handed back whole when its server stops mid-count, then taken up and finished by the next one', async () => {
    const f = await closedBudget();
    await fillFromElection(ctx.deps.db, f, warsaw);
    expect((await admin.post(`/admin/budgets/${f.budgetId}/count`)).status).toBe(303);
    // The engine is searching (its first progress is written at once), in a worker thread: the server answers.
    await waitFor('the first progress', async () => ((await findCount(ctx.deps.db, f.budgetId))?.mesRuns ?? 0) > 0);
    expect((await ctx.client().get('/healthz')).status).toBe(200);
    expect((await findCount(ctx.deps.db, f.budgetId))?.state).toBe('running');

    await stopCounts(ctx.deps.db); // what the server does on SIGTERM (count-supervisor.ts)
    const handedBack = await ctx.deps.db.selectFrom('budget_count').selectAll().where('budget_id', '=', f.budgetId).executeTakeFirstOrThrow();
    expect([handedBack.state, handedBack.heartbeat_at, handedBack.finished_at]).toEqual(['queued', new Date(0).toISOString(), null]);
    expect(await findResult(ctx.deps.db, f.budgetId)).toBeUndefined();
    expect(await countEntries(f.budgetId)).toHaveLength(0);
    expect((await findCount(ctx.deps.db, f.budgetId))?.state).toBe('interrupted');

    const nextServer = superviseCounts(ctx.deps, 60_000); // takes interrupted counts up at once on start
    await waitFor('the count to end', ended(f.budgetId));
    await settleCounts(ctx.deps.db);
    await nextServer.stop();
    const status = await findCount(ctx.deps.db, f.budgetId);
    expect([status?.state, status?.resumes]).toEqual(['done', 1]);
    const outcome = readOutcome((await findResult(ctx.deps.db, f.budgetId))!);
    const expected = tally(warsaw, { rule: 'mes' });
    expect([outcome.selected, outcome.endowment, outcome.ballots]).toEqual([expected.selected, expected.endowment, warsaw.ballots.length]);
    expect(await countEntries(f.budgetId)).toHaveLength(1);
  }, 240_000);

  it('is taken up when its server died (heartbeat stale), and given up after being resumed MAX_RESUMES times', async () => {
    const f = await closedBudget([['1', '2'], ['3']]);
    const dead = (await queueCount(ctx.deps.db, f.budgetId, adminId))!;
    await claimCount(ctx.deps.db, f.budgetId, dead);
    await stopHeartbeat(f.budgetId);
    let server = superviseCounts(ctx.deps, 60_000);
    await waitFor('the count to end', ended(f.budgetId));
    await settleCounts(ctx.deps.db);
    await server.stop();
    expect((await findCount(ctx.deps.db, f.budgetId))?.state).toBe('done');
    expect(readOutcome((await findResult(ctx.deps.db, f.budgetId))!).ballots).toBe(2);

    const again = (await queueCount(ctx.deps.db, f.budgetId, adminId))!;
    await claimCount(ctx.deps.db, f.budgetId, again);
    await ctx.deps.db.updateTable('budget_count').set({ resumes: MAX_RESUMES }).where('budget_id', '=', f.budgetId).execute();
    await stopHeartbeat(f.budgetId);
    server = superviseCounts(ctx.deps, 60_000);
    await waitFor('the count to be given up', ended(f.budgetId));
    await server.stop();
    const html = await (await admin.get(`/admin/budgets/${f.budgetId}/count?lang=en`)).text();
    expect(html).toContain('The count failed: the server stopped several times during this count');
    expect(html).toContain('Count again');
  });

  it('fails, writing nothing, when it runs past its time limit', async () => {
    const f = await closedBudget([['1']]);
    const attempt = (await queueCount(ctx.deps.db, f.budgetId, adminId))!;
    runCountInBackground(ctx.deps, f.budgetId, attempt, 1);
    await settleCounts(ctx.deps.db);
    expect((await findCount(ctx.deps.db, f.budgetId))?.error).toBe('budgets.count.errors.timeLimit');
    expect(await findResult(ctx.deps.db, f.budgetId)).toBeUndefined();
    const html = await (await admin.get(`/admin/budgets/${f.budgetId}/count?lang=en`)).text();
    expect(html).toContain('the computation took longer than the 15-minute limit');
  });

  it('taken up after voting was opened again, fails instead of counting an open vote', async () => {
    const f = await closedBudget([['1']]);
    const dead = (await queueCount(ctx.deps.db, f.budgetId, adminId))!;
    await claimCount(ctx.deps.db, f.budgetId, dead);
    await stopHeartbeat(f.budgetId);
    await setVoting(ctx.deps.db, f, true, { ballotType: 'approval', minProjects: 1 });
    const server = superviseCounts(ctx.deps, 60_000);
    await waitFor('the count to end', ended(f.budgetId));
    await settleCounts(ctx.deps.db);
    await server.stop();
    expect((await findCount(ctx.deps.db, f.budgetId))?.error).toBe('budgets.results.errors.votingOpen');
    expect(await findResult(ctx.deps.db, f.budgetId)).toBeUndefined();
  });
});

