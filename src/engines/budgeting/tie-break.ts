// Stated, configurable order for breaking ties between projects; recorded in every result.
import type { Profile } from './profile.ts';

/** cost: lower cost first; votes: more supporters first; id: lexicographic on the id string. */
export type TieBreakKey = 'cost' | 'votes' | 'id';

export const DEFAULT_TIE_BREAK: readonly TieBreakKey[] = ['cost', 'votes', 'id'];

/** Validates a tie-break order and appends `id` when absent, so every tie is resolved by a stated rule. */
export function normaliseTieBreak(order: readonly string[] = DEFAULT_TIE_BREAK): TieBreakKey[] {
  const out: TieBreakKey[] = [];
  for (const key of order) {
    if (key !== 'cost' && key !== 'votes' && key !== 'id') throw new Error(`unknown tie-break key "${key}" (use cost, votes, id)`);
    if (!out.includes(key)) out.push(key);
  }
  // Ids are unique, so ending with `id` guarantees a total order.
  if (!out.includes('id')) out.push('id');
  return out;
}

/** Comparator on project indices: negative when project a wins the tie against b. */
export function tieBreakComparator(profile: Profile, order: readonly TieBreakKey[]): (a: number, b: number) => number {
  return (a, b) => {
    for (const key of order) {
      if (key === 'cost' && profile.costs[a] !== profile.costs[b]) return profile.costs[a] - profile.costs[b];
      if (key === 'votes' && profile.supporters[a] !== profile.supporters[b]) return profile.supporters[b] - profile.supporters[a];
      if (key === 'id') {
        const x = profile.projectIds[a];
        const y = profile.projectIds[b];
        if (x !== y) return x < y ? -1 : 1;
      }
    }
    return 0;
  };
}
