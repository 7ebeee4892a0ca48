// Groups identical ballots (same projects with the same points) without building a string per ballot:
// each ballot, sorted by project, is hashed into a number and compared with the groups in its bucket.
import type { Election, PointsEntry } from './election.ts';

/** Distinct ballots as flat arrays: group g lists projects start[g]..start[g+1] with their points. */
export interface BallotGroups {
  count: number;
  start: number[];
  project: number[];
  points: number[];
  weight: number[];
  groupOfVoter: Int32Array;
}

/** Groups an election's ballots; `longest` is the longest ordinal ballot (0 for other vote types). */
export function groupBallots(election: Election, index: Map<string, number>, longest: number): BallotGroups {
  const P = election.projects.length;
  const groups: BallotGroups = { count: 0, start: [0], project: [], points: [], weight: [], groupOfVoter: new Int32Array(election.ballots.length) };
  const bucket = new Map<number, number>(); // hash -> first group with it; `chain` links the others
  const chain: number[] = [];
  // Reused per ballot: the stamp marks projects already seen on the current ballot (duplicates count once).
  const seen = new Int32Array(P).fill(-1);
  const projects: number[] = [];
  const points: number[] = [];
  election.ballots.forEach((ballot, v) => {
    projects.length = 0;
    points.length = 0;
    for (const entry of ballot as readonly (string | PointsEntry)[]) {
      const id = typeof entry === 'string' ? entry : entry.id;
      const project = index.get(id);
      if (project === undefined) throw new Error(`ballot ${v} names unknown project "${id}"`);
      if (seen[project] === v) continue;
      seen[project] = v;
      const value = election.voteType === 'ordinal' ? longest - projects.length : typeof entry === 'string' ? 1 : entry.points;
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
    // FNV-style mixing; masked to 30 bits so the Map keys stay small integers (no boxed numbers).
    let hash = projects.length;
    for (let k = 0; k < projects.length; k++) hash = (Math.imul(hash ^ projects[k], 0x01000193) + Math.imul(points[k] | 0, 0x9e3779b1)) | 0;
    hash &= 0x3fffffff;
    let g = bucket.get(hash) ?? -1;
    while (g >= 0 && !sameBallot(groups, g, projects, points)) g = chain[g];
    if (g < 0) {
      g = groups.count++;
      chain.push(bucket.get(hash) ?? -1);
      bucket.set(hash, g);
      for (let k = 0; k < projects.length; k++) {
        groups.project.push(projects[k]);
        groups.points.push(points[k]);
      }
      groups.start.push(groups.project.length);
      groups.weight.push(0);
    }
    groups.weight[g]++;
    groups.groupOfVoter[v] = g;
  });
  return groups;
}

function sameBallot(groups: BallotGroups, g: number, projects: number[], points: number[]): boolean {
  const from = groups.start[g];
  if (groups.start[g + 1] - from !== projects.length) return false;
  for (let k = 0; k < projects.length; k++) if (groups.project[from + k] !== projects[k] || groups.points[from + k] !== points[k]) return false;
  return true;
}

/**
 * A numbering of groups for cache locality: balances are read per project's supporters, so groups
 * sharing popular projects should sit next to each other. Groups are sorted by their first few
 * projects in order of popularity, packed with the group's index into one number for a plain sort.
 * Returns the group at each new position.
 */
export function localityOrder(groups: BallotGroups, P: number): Int32Array {
  const G = groups.count;
  const popularity = new Float64Array(P);
  for (let g = 0; g < G; g++) for (let k = groups.start[g]; k < groups.start[g + 1]; k++) popularity[groups.project[k]] += groups.weight[g];
  const rankOf = new Int32Array(P);
  Array.from({ length: P }, (_, p) => p)
    .sort((a, b) => popularity[b] - popularity[a] || a - b)
    .forEach((p, rank) => (rankOf[p] = rank + 1));
  const indexBits = Math.ceil(Math.log2(G + 1));
  const rankBits = Math.ceil(Math.log2(P + 2));
  const levels = Math.max(1, Math.floor((52 - indexBits) / rankBits));
  const keys = new Float64Array(G);
  const ranks: number[] = [];
  for (let g = 0; g < G; g++) {
    ranks.length = 0;
    for (let k = groups.start[g]; k < groups.start[g + 1]; k++) {
      // Insertion sort: ballots are short.
      const rank = rankOf[groups.project[k]];
      let at = ranks.length;
      ranks.push(rank);
      while (at > 0 && ranks[at - 1] > rank) {
        ranks[at] = ranks[at - 1];
        ranks[--at] = rank;
      }
    }
    let key = 0;
    for (let level = 0; level < levels; level++) key = key * 2 ** rankBits + (ranks[level] ?? 0);
    keys[g] = key * 2 ** indexBits + g;
  }
  keys.sort();
  return Int32Array.from(keys, (key) => key % 2 ** indexBits);
}
