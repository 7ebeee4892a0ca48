import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n/index.ts';
import { ballotErrors, ballotTotals, choicesFromJson, choicesToForm, choicesToJson, readBallotForm } from './ballot-rules.ts';
import type { ProjectRow } from './queries.ts';
import { budgetGlobalSettings, type BudgetGlobalSettings } from './settings.ts';

const t = translator('en');
const project = (ref: string, cost: number) => ({ ref, cost }) as ProjectRow;
const projects = [project('1', 400), project('2', 300), project('3', 300)];
const settings = (over: Partial<BudgetGlobalSettings> = {}): BudgetGlobalSettings => ({ ...budgetGlobalSettings.parse({}), ...over });

describe('reading ballots from forms', () => {
  it('reads checkboxes once each, points without the empty or zero ones, ranks in order', () => {
    expect(readBallotForm(settings(), { project: ['1', '2', '1'] })).toEqual({ ids: ['1', '2'] });
    expect(readBallotForm(settings({ ballotType: 'cumulative' }), { points_1: '3', points_2: '', points_3: '0' })).toEqual({ points: [{ id: '1', points: 3 }] });
    expect(readBallotForm(settings({ ballotType: 'ranked', rankLimit: 3 }), { rank_1: '3', rank_2: '', rank_3: '1', rank_4: '2' })).toEqual({ ids: ['3', '1'] });
  });

  it('round-trips choices through storage and back into the form', () => {
    const points = { points: [{ id: '2', points: 4 }] };
    expect(choicesFromJson(choicesToJson(points))).toEqual(points);
    expect(choicesToForm({ ids: ['2', '3'] })).toMatchObject({ project: ['2', '3'], rank_1: '2', rank_2: '3' });
    expect(ballotTotals({ ids: ['1', '3'] }, projects)).toEqual({ projects: 2, cost: 700, points: 0 });
  });
});

describe('checking ballots', () => {
  const errorsOf = (s: BudgetGlobalSettings, choices: Parameters<typeof ballotErrors>[3]) => ballotErrors(s, 1000, projects, choices, t);

  it('accepts a knapsack ballot within the budget and refuses one over it', () => {
    expect(errorsOf(settings(), { ids: ['1', '2', '3'] })).toEqual({});
    expect(ballotErrors(settings(), 900, projects, { ids: ['1', '2', '3'] }, t)._form).toContain('more than the budget');
  });

  it('refuses unknown projects, repeated projects, too few and too many', () => {
    expect(errorsOf(settings(), { ids: ['9'] })._form).toContain('“9” does not exist');
    expect(errorsOf(settings({ ballotType: 'ranked' }), { ids: ['1', '1'] })._form).toContain('twice');
    expect(errorsOf(settings({ ballotType: 'approval', minProjects: 2 }), { ids: ['1'] })._form).toContain('at least 2');
    expect(errorsOf(settings({ ballotType: 'approval', maxProjects: 1 }), { ids: ['1', '2'] })._form).toContain('at most 1');
    expect(errorsOf(settings({ ballotType: 'ranked', rankLimit: 1 }), { ids: ['1', '2'] })._form).toContain('at most 1');
  });

  it('refuses points over the total, and points that are not whole numbers, beside the project', () => {
    const cumulative = settings({ ballotType: 'cumulative', pointsTotal: 5 });
    expect(errorsOf(cumulative, { points: [{ id: '1', points: 3 }, { id: '2', points: 2 }] })).toEqual({});
    expect(errorsOf(cumulative, { points: [{ id: '1', points: 6 }] })._form).toContain('6 points');
    expect(errorsOf(cumulative, { points: [{ id: '2', points: 1.5 }] }).points_2).toContain('whole number');
  });
});
