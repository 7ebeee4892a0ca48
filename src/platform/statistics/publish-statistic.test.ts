import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { seededRandomSource } from '../../engines/privacy/seeded-random-source.ts';
import type { DatasetPrivacy } from './dataset-privacy.ts';
import { publishStatistic, type PublishContext, type StatisticRequest } from './publish-statistic.ts';

let handle: DatabaseHandle;
let context: PublishContext;
beforeAll(async () => {
  handle = await createTestDatabase();
  context = { db: handle.db, dialect: handle.dialect, random: seededRandomSource(17), now: () => new Date('2025-05-01T10:00:00Z') };
});
afterAll(() => handle.close());

const cells = { north: 40, south: 3, east: 12, west: 25 };
const request = (dataset: DatasetPrivacy, release?: string): StatisticRequest => ({ dataset, release, description: 'test counts', tables: { participants: { cells, withTotal: true } } });
const ledger = (dataset: string) => handle.db.selectFrom('privacy_release').selectAll().where('dataset_key', '=', dataset).execute();

describe('publishing without differential privacy', () => {
  it('applies the small-count rule with secondary suppression and records nothing', async () => {
    const outcome = await publishStatistic(context, { dataset: { key: 'plain' }, description: 'test counts', tables: { participants: { cells, withTotal: true } } });
    expect(outcome.statistic).toEqual({
      tables: { participants: { cells: { north: { value: 40 }, south: { fewerThan: 5 }, east: { fewerThan: 5 }, west: { value: 25 } }, total: { value: 80 } } },
      noise: null,
    });
    expect(await ledger('plain')).toEqual([]);
  });
});

describe('publishing with differential privacy', () => {
  it('noises every figure, labels it with its ε and records the ε spent in the ledger', async () => {
    const outcome = await publishStatistic(context, { ...request({ key: 'dp-a', differentialPrivacy: {} }, '2025-Q1'), tables: { one: { cells }, two: { cells } } });
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.statistic.noise).toEqual({ epsilon: '1', releasedAt: '2025-05-01T10:00:00.000Z' });
    // ε = 1 per release, split between the two tables.
    for (const table of Object.values(outcome.statistic.tables)) {
      for (const figure of Object.values(table.cells)) expect('fewerThan' in figure || ('noised' in figure && figure.epsilon === 0.5)).toBe(true);
    }
    const rows = await ledger('dp-a');
    expect(rows.map((r) => [r.release_key, r.period, Number(r.epsilon_num), Number(r.epsilon_den), r.description])).toEqual([['2025-Q1', '2025', 1, 1, 'test counts']]);
    expect(JSON.parse(rows[0].published)).toEqual(outcome.statistic.tables);
  });

  it('shows the same figures when the same release is asked for again, and spends nothing more', async () => {
    const first = await publishStatistic(context, request({ key: 'dp-b', differentialPrivacy: {} }, 'final'));
    const again = await publishStatistic(context, { ...request({ key: 'dp-b', differentialPrivacy: {} }, 'final'), tables: { participants: { cells: { north: 1000 } } } });
    expect(again).toEqual(first);
    expect(await ledger('dp-b')).toHaveLength(1);
  });

  it('refuses a release that would overspend the budget, with a clear message and the latest figures', async () => {
    const dataset: DatasetPrivacy = { key: 'dp-c', differentialPrivacy: { epsilonPerRelease: '1', budget: '2' } };
    const made = [];
    for (const [release, day] of [['r1', '03'], ['r2', '04']]) made.push(await publishStatistic({ ...context, now: () => new Date(`2025-03-${day}T09:00:00Z`) }, request(dataset, release)));
    expect(made.every((o) => o.ok)).toBe(true);
    const refused = await publishStatistic(context, request(dataset, 'r3'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.refusal).toMatchObject({ code: 'privacy-budget-exhausted', dataset: 'dp-c', period: '2025', spent: '2', budget: '2', requested: '1' });
    expect(refused.refusal.message).toBe('Privacy budget of dataset "dp-c" for 2025: ε 2 of 2 already spent, and this release needs 1 more. No new figures until the next period.');
    expect(refused.latest).toEqual(made[1].ok && made[1].statistic);
    expect(await ledger('dp-c')).toHaveLength(2);
    // A new calendar year brings a new budget.
    const nextYear = await publishStatistic({ ...context, now: () => new Date('2026-01-02T00:00:00Z') }, request(dataset, 'r3'));
    expect(nextYear.ok).toBe(true);
  });

  it('adds ε exactly: three releases of 1/3 fit a budget of 1, a fourth does not', async () => {
    const dataset: DatasetPrivacy = { key: 'dp-d', differentialPrivacy: { epsilonPerRelease: '1/3', budget: '1', period: 'lifetime' } };
    const outcomes = [];
    for (const release of ['a', 'b', 'c', 'd']) outcomes.push(await publishStatistic(context, request(dataset, release)));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
    expect(outcomes[3].ok === false && outcomes[3].refusal.spent).toBe('1');
  });

  it('never overspends under parallel releases', async () => {
    const dataset: DatasetPrivacy = { key: 'dp-e', differentialPrivacy: { epsilonPerRelease: '1', budget: '4' } };
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => publishStatistic(context, request(dataset, `parallel-${i}`))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(4);
    expect(await ledger('dp-e')).toHaveLength(4);
  });

  it('makes one release when the same one is asked for in parallel', async () => {
    const dataset: DatasetPrivacy = { key: 'dp-f', differentialPrivacy: {} };
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => publishStatistic(context, request(dataset, 'same'))));
    expect(new Set(outcomes.map((o) => JSON.stringify(o))).size).toBe(1);
    expect(await ledger('dp-f')).toHaveLength(1);
  });

  it('names the dataset when its ε setting is not a number, and needs a release key', async () => {
    await expect(publishStatistic(context, request({ key: 'dp-g', differentialPrivacy: { budget: 'lots' } }, 'x'))).rejects.toThrow('Dataset "dp-g", budget: ε must be a positive number');
    await expect(publishStatistic(context, request({ key: 'dp-g', differentialPrivacy: {} }))).rejects.toThrow(/needs a release key|need a release key/);
  });
});
