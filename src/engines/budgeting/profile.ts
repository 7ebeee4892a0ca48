// Compiles an Election into compact numeric arrays shared by all rules.
// Voters with identical ballots form one group, so rules work per group with a weight.
import { ballotEntries, type Election, type PointsEntry } from './election.ts';

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
  const groupKeys = new Map<string, number>();
  const groups: { projects: number[]; points: number[]; weight: number }[] = [];
  const groupOfVoter = new Int32Array(election.ballots.length);
  // Reused per ballot: the stamp marks projects already seen on the current ballot (duplicates count once).
  const seen = new Int32Array(P).fill(-1);
  const projects: number[] = [];
  const points: number[] = [];
  election.ballots.forEach((ballot, v) => {
    projects.length = 0;
    points.length = 0;
    let unitPoints = true;
    for (const entry of ballot as readonly (string | PointsEntry)[]) {
      const id = typeof entry === 'string' ? entry : entry.id;
      const project = index.get(id);
      if (project === undefined) throw new Error(`ballot ${v} names unknown project "${id}"`);
      if (seen[project] === v) continue;
      seen[project] = v;
      const value = election.voteType === 'ordinal' ? longest - projects.length : typeof entry === 'string' ? 1 : entry.points;
      if (value !== 1) unitPoints = false;
      // Insertion sort by project index: ballots are short.
      let k = projects.length;
      projects.push(project);
      points.push(value);
      while (k > 0 && projects[k - 1] > project) {
        projects[k] = projects[k - 1];
        points[k] = points[k - 1];
        projects[k - 1] = project;
        points[k - 1] = value;
        k--;
      }
    }
    const key = unitPoints ? projects.join(',') : `${projects.join(',')}|${points.join(',')}`;
    let g = groupKeys.get(key);
    if (g === undefined) {
      g = groups.length;
      groupKeys.set(key, g);
      groups.push({ projects: projects.slice(), points: points.slice(), weight: 0 });
    }
    groups[g].weight++;
    groupOfVoter[v] = g;
  });

  const G = groups.length;
  const groupStart = new Int32Array(G + 1);
  groups.forEach((g, i) => (groupStart[i + 1] = groupStart[i] + g.projects.length));
  const groupProject = new Int32Array(groupStart[G]);
  const groupPoints = new Float64Array(groupStart[G]);
  const supporters = new Float64Array(P);
  const scores = new Float64Array(P);
  const supportCount = new Int32Array(P + 1);
  groups.forEach((g, i) => {
    g.projects.forEach((p, k) => {
      groupProject[groupStart[i] + k] = p;
      groupPoints[groupStart[i] + k] = g.points[k];
      supporters[p] += g.weight;
      scores[p] += g.weight * g.points[k];
      supportCount[p + 1]++;
    });
  });
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
    groupWeight: Float64Array.from(groups, (g) => g.weight),
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
