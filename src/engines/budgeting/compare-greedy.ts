// How a proportional outcome differs from the usual greedy one, by project, neighbourhood and category.
import type { Election, Project } from './election.ts';
import { tally, type TallyResult } from './tally.ts';

export interface SpendingShift {
  /** Neighbourhood or category; "(none)" for projects without one. */
  key: string;
  rule: number;
  greedy: number;
  /** rule - greedy. */
  change: number;
}

export interface GreedyComparison {
  /** Funded by the rule but not by greedy. */
  gained: string[];
  /** Funded by greedy but not by the rule. */
  lost: string[];
  kept: string[];
  greedySelected: string[];
  byNeighbourhood: SpendingShift[];
  byCategory: SpendingShift[];
}

/** Compares a tally result with greedy on the same election (same tie-break, skipping allowed). */
export function compareWithGreedy(election: Election, result: TallyResult, greedyResult?: TallyResult): GreedyComparison {
  const other = greedyResult ?? tally(election, { rule: 'greedy', tieBreak: result.tieBreak });
  const mine = new Set(result.selected);
  const theirs = new Set(other.selected);
  const byId = new Map(election.projects.map((p) => [p.id, p]));
  const pick = (ids: Set<string>) => [...ids].map((id) => byId.get(id)!);
  return {
    gained: result.selected.filter((id) => !theirs.has(id)),
    lost: other.selected.filter((id) => !mine.has(id)),
    kept: result.selected.filter((id) => theirs.has(id)),
    greedySelected: other.selected,
    byNeighbourhood: shifts(pick(mine), pick(theirs), (p) => [p.neighbourhood ?? '(none)']),
    // Pabulib lists several categories separated by commas: a project counts fully in each.
    byCategory: shifts(pick(mine), pick(theirs), (p) => (p.category ? p.category.split(',').map((c) => c.trim()) : ['(none)'])),
  };
}

function shifts(rule: Project[], greedy: Project[], keys: (p: Project) => string[]): SpendingShift[] {
  const table = new Map<string, SpendingShift>();
  const add = (projects: Project[], field: 'rule' | 'greedy') => {
    for (const p of projects) {
      for (const key of keys(p)) {
        const row = table.get(key) ?? { key, rule: 0, greedy: 0, change: 0 };
        row[field] += p.cost;
        table.set(key, row);
      }
    }
  };
  add(rule, 'rule');
  add(greedy, 'greedy');
  const rows = [...table.values()];
  for (const row of rows) row.change = row.rule - row.greedy;
  return rows.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.key < b.key ? -1 : 1));
}
