import type { Ballot } from '../../engines/budgeting/index.ts';
import type { FieldErrors, FormValues } from '../../platform/form.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import type { ProjectRow } from './queries.ts';
import type { BudgetGlobalSettings } from './settings.ts';

/** A filled ballot: project refs (ranked ones most preferred first) or refs with points. */
export type Choices = { ids: string[] } | { points: { id: string; points: number }[] };

/** What a ballot adds up to, shown on the review page and checked on submit. */
export interface BallotTotals {
  projects: number;
  cost: number;
  points: number;
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const first = (v: string | string[] | undefined): string => list(v)[0]?.trim() ?? '';

/** Reads a ballot form into choices without judging them (unknown refs are kept so they can be refused by name). */
export function readBallotForm(settings: BudgetGlobalSettings, values: FormValues): Choices {
  if (settings.ballotType === 'cumulative') {
    const points: { id: string; points: number }[] = [];
    for (const [name, value] of Object.entries(values)) {
      if (!name.startsWith('points_')) continue;
      const text = first(value);
      if (text === '' || text === '0') continue;
      points.push({ id: name.slice('points_'.length), points: Number(text) });
    }
    return { points };
  }
  if (settings.ballotType === 'ranked') {
    const ids: string[] = [];
    for (let rank = 1; rank <= settings.rankLimit; rank++) {
      const chosen = first(values[`rank_${rank}`]);
      if (chosen) ids.push(chosen);
    }
    return { ids };
  }
  return { ids: [...new Set(list(values.project))] };
}

/** The form values that show these choices again (to go back from the review page). */
export function choicesToForm(choices: Choices): FormValues {
  if ('points' in choices) return Object.fromEntries(choices.points.map((e) => [`points_${e.id}`, String(e.points)]));
  return { project: choices.ids, ...Object.fromEntries(choices.ids.map((id, i) => [`rank_${i + 1}`, id])) };
}

/** Totals of a ballot over the known projects. */
export function ballotTotals(choices: Choices, projects: ProjectRow[]): BallotTotals {
  const cost = new Map(projects.map((p) => [p.ref, p.cost]));
  const refs = 'points' in choices ? choices.points.map((e) => e.id) : choices.ids;
  return {
    projects: refs.length,
    cost: refs.reduce((sum, ref) => sum + (cost.get(ref) ?? 0), 0),
    points: 'points' in choices ? choices.points.reduce((sum, e) => sum + e.points, 0) : 0,
  };
}

/**
 * Checks a ballot against the budget's rules: known projects, number of projects, budget or points.
 * Returns translated messages keyed by field (`_form` for the ballot as a whole); empty when valid.
 */
export function ballotErrors(settings: BudgetGlobalSettings, amount: number, projects: ProjectRow[], choices: Choices, t: Translate): FieldErrors {
  const known = new Set(projects.map((p) => p.ref));
  const errors: FieldErrors = {};
  const refs = 'points' in choices ? choices.points.map((e) => e.id) : choices.ids;
  const unknown = refs.find((ref) => !known.has(ref));
  if (unknown !== undefined) return { _form: t('budgets.ballot.errors.unknownProject', { ref: unknown }) };
  if (new Set(refs).size !== refs.length) return { _form: t('budgets.ballot.errors.duplicate') };
  const totals = ballotTotals(choices, projects);
  if ('points' in choices) {
    const bad = choices.points.find((e) => !Number.isInteger(e.points) || e.points < 0);
    if (bad) errors[`points_${bad.id}`] = t('budgets.ballot.errors.pointsInteger');
    else if (totals.points > settings.pointsTotal) errors._form = t('budgets.ballot.errors.overPoints', { used: totals.points, total: settings.pointsTotal });
  }
  if (settings.ballotType === 'knapsack' && totals.cost > amount) errors._form = t('budgets.ballot.errors.overBudget', { cost: totals.cost, amount });
  const min = settings.ballotType === 'cumulative' ? Math.min(settings.minProjects, 1) : settings.minProjects;
  const max = settings.ballotType === 'ranked' ? settings.rankLimit : settings.maxProjects;
  if (!errors._form && totals.projects < Math.max(min, 1)) errors._form = t('budgets.ballot.errors.tooFew', { min: Math.max(min, 1) });
  if (!errors._form && max > 0 && totals.projects > max) errors._form = t('budgets.ballot.errors.tooMany', { max });
  return errors;
}

/** Serialises choices for storage (the ballot table's only content). */
export const choicesToJson = (choices: Choices): string => JSON.stringify('points' in choices ? choices.points : choices.ids);

/** Reads stored choices back as an engine ballot. */
export function ballotFromJson(json: string): Ballot {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? (parsed as Ballot) : [];
}

/** Reads stored choices back as form choices (to let a voter change their ballot). */
export function choicesFromJson(json: string): Choices {
  const ballot = ballotFromJson(json);
  if (ballot.length > 0 && typeof ballot[0] !== 'string') return { points: [...(ballot as { id: string; points: number }[])] };
  return { ids: [...(ballot as string[])] };
}
