// Compiles an Election into compact numeric arrays shared by all rules.
// Voters with identical ballots form one group, so rules work per group with a weight.
import { ballotEntries, type Election } from './election.ts';
import { groupBallots, localityOrder } from './profile-groups.ts';

export interface Profile {
  projectIds: string[];
  costs: Float64Array;
  budget: number;
  /** Every ballot counts, empty ones included. */
  voterCount: number;
  /** Voters listing each project. */
  supporters: Float64Array;
  /** Greedy score: votes (approval, choose-1), points (cumulative, scoring) or positional score (ordinal). */
  scores: Float64Array;
  /** Per distinct ballot: number of voters. */
  groupWeight: Float64Array;
  groupOfVoter: Int32Array;
  /** Per group, its projects (CSR: groupStart[g]..groupStart[g+1]) with points (1 for approval). */
  groupStart: Int32Array;
  groupProject: Int32Array;
  groupPoints: Float64Array;
  /** Per project, its supporting groups (CSR) with the points each gave. */
  supportStart: Int32Array;
  supportGroup: Int32Array;
  supportPoints: Float64Array;
  /** P×P: 1 when two projects share at least one supporter (row-major). */
  coSupported: Uint8Array;
  /** True when costs and budget are integers, so sums of costs are exact in doubles. */
  integralMoney: boolean;
}

/** Builds the numeric profile of an election; utilities are points, or positional scores for ordinal ballots. */
export function buildProfile(election: Election): Profile {
  const P = election.projects.length;
  const index = new Map<string, number>();
  election.projects.forEach((p, i) => index.set(p.id, i));
  // Positional score: with K the longest ballot, the first choice gets K points, the next K-1, and so on.
  let longest = 0;
  if (election.voteType === 'ordinal') for (const b of election.ballots) longest = Math.max(longest, ballotEntries(b).length);
  const ballots = groupBallots(election, index, longest);
  const order = localityOrder(ballots, P);
  const G = ballots.count;
  const groupOfVoter = new Int32Array(ballots.groupOfVoter.length);
  const groupWeight = new Float64Array(G);
  const groupStart = new Int32Array(G + 1);
  const newIndex = new Int32Array(G);
  for (let g = 0; g < G; g++) {
    const old = order[g];
    newIndex[old] = g;
    groupWeight[g] = ballots.weight[old];
    groupStart[g + 1] = groupStart[g] + ballots.start[old + 1] - ballots.start[old];
  }
  for (let v = 0; v < groupOfVoter.length; v++) groupOfVoter[v] = newIndex[ballots.groupOfVoter[v]];
  const groupProject = new Int32Array(groupStart[G]);
  const groupPoints = new Float64Array(groupStart[G]);
  const supporters = new Float64Array(P);
  const scores = new Float64Array(P);
  const supportCount = new Int32Array(P + 1);
  for (let g = 0; g < G; g++) {
    const from = ballots.start[order[g]];
    for (let k = 0; k < groupStart[g + 1] - groupStart[g]; k++) {
      const p = ballots.project[from + k];
      const value = ballots.points[from + k];
      groupProject[groupStart[g] + k] = p;
      groupPoints[groupStart[g] + k] = value;
      supporters[p] += groupWeight[g];
      scores[p] += groupWeight[g] * value;
      supportCount[p + 1]++;
    }
  }
  const supportStart = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) supportStart[p + 1] = supportStart[p] + supportCount[p + 1];
  const fill = supportStart.slice(0, P);
  const supportGroup = new Int32Array(supportStart[P]);
  const supportPoints = new Float64Array(supportStart[P]);
  for (let g = 0; g < G; g++) {
    for (let k = groupStart[g]; k < groupStart[g + 1]; k++) {
      const p = groupProject[k];
      supportGroup[fill[p]] = g;
      supportPoints[fill[p]++] = groupPoints[k];
    }
  }
  const coSupported = new Uint8Array(P * P);
  for (let g = 0; g < G; g++) {
    for (let a = groupStart[g]; a < groupStart[g + 1]; a++) {
      for (let b = groupStart[g]; b < groupStart[g + 1]; b++) coSupported[groupProject[a] * P + groupProject[b]] = 1;
    }
  }
  const costs = Float64Array.from(election.projects, (p) => p.cost);
  const integralMoney = Number.isInteger(election.budget) && costs.every((c) => Number.isInteger(c));
  return {
    projectIds: election.projects.map((p) => p.id),
    costs,
    budget: election.budget,
    voterCount: election.ballots.length,
    supporters,
    scores,
    groupWeight,
    groupOfVoter,
    groupStart,
    groupProject,
    groupPoints,
    supportStart,
    supportGroup,
    supportPoints,
    coSupported,
    integralMoney,
  };
}
