import { proportionTest, smoothedProbability, twoProportionTest, Z_90, type VoteCounts } from './vote-counts.ts';

/** Which way a statement speaks for a group. */
export type Side = 'agree' | 'disagree';

/**
 * A statement that represents a group, with its statistics on the side that qualified it. The statement is
 * its column in the vote matrix while groups are computed, its id in the analysis handed out.
 */
export interface RepresentativeStatement<Ref extends number | string = number> {
  statement: Ref;
  side: Side;
  pInGroup: number;
  pOthers: number;
  ratio: number;
  proportionTest: number;
  differenceTest: number;
  score: number;
}

/** Statistics of group g on statement s for one side, against all other groups together. */
export function sideStatistics(counts: VoteCounts, g: number, s: number, side: Side): RepresentativeStatement {
  const S = counts.statements;
  const hits = side === 'agree' ? counts.agree : counts.disagree;
  let hitsOut = 0;
  let seenOut = 0;
  for (let o = 0; o < counts.groups; o++) {
    if (o === g) continue;
    hitsOut += hits[o * S + s];
    seenOut += counts.seen[o * S + s];
  }
  const hitsIn = hits[g * S + s];
  const seenIn = counts.seen[g * S + s];
  const pInGroup = smoothedProbability(hitsIn, seenIn);
  const pOthers = smoothedProbability(hitsOut, seenOut);
  const ratio = pInGroup / pOthers;
  const pTest = proportionTest(hitsIn, seenIn);
  const dTest = twoProportionTest(hitsIn, seenIn, hitsOut, seenOut);
  return { statement: s, side, pInGroup, pOthers, ratio, proportionTest: pTest, differenceTest: dTest, score: ratio * dTest * pInGroup * pTest };
}

const qualifies = (r: RepresentativeStatement) => r.proportionTest > Z_90 && r.differenceTest > Z_90;

/**
 * Statements representing group g: both tests above the 90 % threshold on one side, ranked by
 * ratio × test × probability × test, the best `limit` kept, agree before disagree. When none
 * qualifies, the best agree statement among those the group agreed with stands in.
 */
export function representativeStatements(counts: VoteCounts, g: number, moderatedOut: Uint8Array, limit = 5): RepresentativeStatement[] {
  const candidates: RepresentativeStatement[] = [];
  let bestAgree: RepresentativeStatement | undefined;
  for (let s = 0; s < counts.statements; s++) {
    if (moderatedOut[s]) continue;
    const agree = sideStatistics(counts, g, s, 'agree');
    const disagree = sideStatistics(counts, g, s, 'disagree');
    if (qualifies(agree)) candidates.push(agree);
    else if (qualifies(disagree)) candidates.push(disagree);
    if (counts.agree[g * counts.statements + s] > 0 && (!bestAgree || agree.score > bestAgree.score)) bestAgree = agree;
  }
  if (candidates.length === 0) return bestAgree ? [bestAgree] : [];
  candidates.sort((a, b) => b.score - a.score || a.statement - b.statement);
  const kept = candidates.slice(0, limit);
  return [...kept.filter((r) => r.side === 'agree'), ...kept.filter((r) => r.side === 'disagree')];
}

/** Consensus over all participants: p > 0.5 with a significant proportion test, top `limit` by p × test per side. */
export function consensusStatements(all: VoteCounts, moderatedOut: Uint8Array, limit = 5): { agree: number[]; disagree: number[] } {
  const pick = (hits: Int32Array) => {
    const scored: { s: number; score: number }[] = [];
    for (let s = 0; s < all.statements; s++) {
      if (moderatedOut[s]) continue;
      const p = smoothedProbability(hits[s], all.seen[s]);
      const test = proportionTest(hits[s], all.seen[s]);
      if (p > 0.5 && test > Z_90) scored.push({ s, score: p * test });
    }
    scored.sort((a, b) => b.score - a.score || a.s - b.s);
    return scored.slice(0, limit).map((x) => x.s);
  };
  return { agree: pick(all.agree), disagree: pick(all.disagree) };
}

/** Group-aware consensus per statement: the product over groups of (n_agree + 1)/(n_seen + 2), best first. */
export function groupAwareConsensus(counts: VoteCounts, moderatedOut: Uint8Array): { statement: number; score: number }[] {
  const out: { statement: number; score: number }[] = [];
  for (let s = 0; s < counts.statements; s++) {
    if (moderatedOut[s]) continue;
    let score = 1;
    for (let g = 0; g < counts.groups; g++) {
      const cell = g * counts.statements + s;
      score *= smoothedProbability(counts.agree[cell], counts.seen[cell]);
    }
    out.push({ statement: s, score });
  }
  return out.sort((a, b) => b.score - a.score || a.statement - b.statement);
}

/** Divisive statements: the spread (max − min) of p_agree between groups, largest first. */
export function divisiveStatements(counts: VoteCounts, moderatedOut: Uint8Array): { statement: number; spread: number }[] {
  const out: { statement: number; spread: number }[] = [];
  for (let s = 0; s < counts.statements; s++) {
    if (moderatedOut[s] || counts.groups < 2) continue;
    let low = Infinity;
    let high = -Infinity;
    for (let g = 0; g < counts.groups; g++) {
      const cell = g * counts.statements + s;
      const p = smoothedProbability(counts.agree[cell], counts.seen[cell]);
      low = Math.min(low, p);
      high = Math.max(high, p);
    }
    out.push({ statement: s, spread: high - low });
  }
  return out.sort((a, b) => b.spread - a.spread || a.statement - b.statement);
}
