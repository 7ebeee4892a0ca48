// Groups identical ballots (same projects with the same points) without building a string per ballot:
// each ballot, sorted by project, is hashed into a number and looked up in an open-addressing table.
import type { Election, PointsEntry } from './election.ts';

/** Distinct ballots as flat arrays: group g lists projects start[g]..start[g+1] with their points. */
export interface BallotGroups {
  count: number;
  start: Int32Array;
  project: Int32Array;
  points: Float64Array;
  weight: Float64Array;
  groupOfVoter: Int32Array;
}

/** Groups an election's ballots; `longest` is the longest ordinal ballot (0 for other vote types). */
export function groupBallots(election: Election, index: Map<string, number>, longest: number): BallotGroups {
  const P = election.projects.length;
  const ballots = election.ballots;
  const V = ballots.length;
  let entries = 0;
  for (let v = 0; v < V; v++) entries += ballots[v].length;
  // Sized for the worst case (every ballot distinct): typed arrays filled in place, no growth.
  const groups: BallotGroups = { count: 0, start: new Int32Array(V + 1), project: new Int32Array(entries), points: new Float64Array(entries), weight: new Float64Array(V), groupOfVoter: new Int32Array(V) };
  // Open addressing: slot -> group + 1 (0 = empty), at most half full; a group's hash is kept to skip most comparisons.
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * V + 2)));
  const mask = slots.length - 1;
  const hashes = new Int32Array(V);
  // Reused per ballot: the stamp marks projects already seen on the current ballot (duplicates count once).
  const seen = new Int32Array(P).fill(-1);
  const projects: number[] = [];
  const points: number[] = [];
  const ordinal = election.voteType === 'ordinal';
  for (let v = 0; v < V; v++) {
    const ballot = ballots[v] as readonly (string | PointsEntry)[];
    projects.length = 0;
    points.length = 0;
    for (let i = 0; i < ballot.length; i++) {
      const entry = ballot[i];
      const id = typeof entry === 'string' ? entry : entry.id;
      const project = index.get(id);
      if (project === undefined) throw new Error(`ballot ${v} names unknown project "${id}"`);
      if (seen[project] === v) continue;
      seen[project] = v;
      const value = ordinal ? longest - projects.length : typeof entry === 'string' ? 1 : entry.points;
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
    // FNV-style mixing of projects and points.
    let hash = projects.length;
    for (let k = 0; k < projects.length; k++) hash = (Math.imul(hash ^ projects[k], 0x01000193) + Math.imul(points[k] | 0, 0x9e3779b1)) | 0;
    let slot = hash & mask;
    let g = -1;
    for (let at = slots[slot]; at !== 0; at = slots[(slot = (slot + 1) & mask)]) {
      if (hashes[at - 1] === hash && sameBallot(groups, at - 1, projects, points)) {
        g = at - 1;
        break;
      }
    }
    if (g < 0) {
      g = groups.count++;
      slots[slot] = g + 1;
      hashes[g] = hash;
      const from = groups.start[g];
      for (let k = 0; k < projects.length; k++) {
        groups.project[from + k] = projects[k];
        groups.points[from + k] = points[k];
      }
      groups.start[g + 1] = from + projects.length;
    }
    groups.weight[g]++;
    groups.groupOfVoter[v] = g;
  }
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
  const rankScale = 2 ** rankBits;
  const indexScale = 2 ** indexBits;
  const keys = new Float64Array(G);
  const ranks = new Int32Array(levels + 1);
  for (let g = 0; g < G; g++) {
    // The `levels` smallest ranks of the group's projects, in order (insertion into a short array).
    let count = 0;
    for (let k = groups.start[g]; k < groups.start[g + 1]; k++) {
      const rank = rankOf[groups.project[k]];
      let at = Math.min(count, levels);
      while (at > 0 && ranks[at - 1] > rank) {
        ranks[at] = ranks[at - 1];
        at--;
      }
      if (at < levels) ranks[at] = rank;
      if (count < levels) count++;
    }
    let key = 0;
    for (let level = 0; level < levels; level++) key = key * rankScale + (level < count ? ranks[level] : 0);
    keys[g] = key * indexScale + g;
  }
  keys.sort();
  const order = new Int32Array(G);
  for (let g = 0; g < G; g++) order[g] = keys[g] % indexScale;
  return order;
}
