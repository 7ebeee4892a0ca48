import type { VoteMatrix } from './types.ts';
import type { OpinionState } from './analyze-conversation.ts';
import { countAllVotes } from './vote-counts.ts';

/**
 * Priority of one statement from its totals: A agrees, D disagrees, S seen (passes included) and
 * its extremity E. p = (P + 1)/(S + 2) with P = S − A − D, a = (A + 1)/(S + 2),
 * importance = (1 − p)(E + 1)·a, priority = (importance·(1 + 8·2^(−S/5)))².
 */
export function statementPriority(agree: number, disagree: number, seen: number, extremity: number): number {
  const passes = seen - agree - disagree;
  const p = (passes + 1) / (seen + 2);
  const a = (agree + 1) / (seen + 2);
  const importance = (1 - p) * (extremity + 1) * a;
  const novelty = 1 + 8 * Math.pow(2, -seen / 5);
  return (importance * novelty) ** 2;
}

/**
 * Priority of every statement (aligned with matrix.statementIds); 0 for statements moderated out.
 * `state` is the last analysis's state (analysis.state). A statement nobody has seen yet, or one added
 * after that analysis (no extremity known), gets at least
 * the highest priority of the others so it is shown soon.
 */
export function statementPriorities(matrix: VoteMatrix, state?: Pick<OpinionState, 'statementIds' | 'extremity'>): Float64Array {
  const all = countAllVotes(matrix);
  const known = new Map<string, number>();
  state?.statementIds.forEach((id, s) => known.set(id, state.extremity[s]));
  const priorities = new Float64Array(matrix.statementIds.length);
  const fresh: number[] = [];
  let highest = 0;
  matrix.statementIds.forEach((id, s) => {
    if (matrix.moderatedOut[s]) return;
    const extremity = known.get(id);
    if (all.seen[s] === 0 || extremity === undefined) fresh.push(s);
    priorities[s] = statementPriority(all.agree[s], all.disagree[s], all.seen[s], extremity ?? 0);
    highest = Math.max(highest, priorities[s]);
  });
  for (const s of fresh) priorities[s] = Math.max(priorities[s], highest);
  return priorities;
}

/**
 * Picks what a participant sees next: a statement they have not voted on, drawn with probability
 * proportional to its priority (`random` in [0, 1) makes it reproducible). Null when none is left.
 */
export function pickNextStatement(
  statementIds: readonly string[],
  priorities: Float64Array,
  alreadyVoted: ReadonlySet<string>,
  random: () => number = Math.random,
): string | null {
  let total = 0;
  const open: number[] = [];
  statementIds.forEach((id, s) => {
    if (alreadyVoted.has(id) || priorities[s] <= 0) return;
    open.push(s);
    total += priorities[s];
  });
  if (open.length === 0) return null;
  let target = random() * total;
  for (const s of open) {
    target -= priorities[s];
    if (target < 0) return statementIds[s];
  }
  return statementIds[open[open.length - 1]];
}
