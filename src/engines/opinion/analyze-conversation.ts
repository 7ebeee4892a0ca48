import type { VoteMatrix } from './types.ts';
import { centreMatrix, principalComponents, projectParticipants, statementExtremity } from './pca.ts';
import { selectInConversation } from './participation.ts';
import { clusterPoints, type ClusteringState } from './clustering.ts';
import { countAllVotes, countVotes } from './vote-counts.ts';
import { consensusStatements, divisiveStatements, groupAwareConsensus, representativeStatements, type RepresentativeStatement } from './group-statements.ts';

/** What an analysis remembers for the next one (plain JSON, keyed by ids so new rows and columns fit). */
export interface OpinionState {
  seed: number;
  statementIds: string[];
  components: [number[], number[]];
  /** Extremity E per statement (aligned with statementIds), so priorities can be computed from the state alone. */
  extremity: number[];
  inConversation: string[];
  clustering: ClusteringState;
}

/** One opinion group: its members (participant ids) and the statements that set it apart. */
export interface OpinionGroup {
  id: number;
  members: string[];
  centre: [number, number];
  representative: RepresentativeStatement<string>[];
}

/** Everything the opinion map shows, plus the state to pass back on the next update. */
export interface OpinionAnalysis {
  participants: number;
  statements: number;
  votes: number;
  inConversation: string[];
  /** Principal axes over statements (aligned with matrix.statementIds) and their eigenvalues of XᵀX. */
  components: [Float64Array, Float64Array];
  eigenvalues: [number, number];
  pcaIterations: [number, number];
  /** Interleaved (x, y) per participant, aligned with matrix.participantIds. */
  projections: Float64Array;
  /** Group index per participant, −1 when not in the conversation. */
  groupOf: Int32Array;
  groups: OpinionGroup[];
  consensus: { agree: string[]; disagree: string[] };
  groupAwareConsensus: { statement: string; score: number }[];
  divisive: { statement: string; spread: number }[];
  /** Distance from the centre per statement (E in the priority formula). */
  extremity: Float64Array;
  silhouetteByK: Record<number, number>;
  state: OpinionState;
}

/** Options: a seed for every random choice, and the state of the previous analysis for warm starts. */
export interface AnalyzeOptions {
  seed?: number;
  previous?: OpinionState;
}

function warmComponents(matrix: VoteMatrix, previous: OpinionState): [Float64Array, Float64Array] {
  const position = new Map(previous.statementIds.map((id, i) => [id, i]));
  const axes: [Float64Array, Float64Array] = [new Float64Array(matrix.statementIds.length), new Float64Array(matrix.statementIds.length)];
  matrix.statementIds.forEach((id, s) => {
    const i = position.get(id);
    if (i === undefined) return;
    axes[0][s] = previous.components[0][i];
    axes[1][s] = previous.components[1][i];
  });
  return axes;
}

/** Groups ordered by size (largest first), then by centre, so ids are reproducible. */
function orderGroups(sizes: number[], centres: Float64Array): number[] {
  return sizes
    .map((_, g) => g)
    .filter((g) => sizes[g] > 0)
    .sort((a, b) => sizes[b] - sizes[a] || centres[2 * a] - centres[2 * b] || centres[2 * a + 1] - centres[2 * b + 1]);
}

/** Runs the Pol.is method on a vote matrix; deterministic for a given input, seed and previous state. */
export function analyzeConversation(matrix: VoteMatrix, options: AnalyzeOptions = {}): OpinionAnalysis {
  const { previous } = options;
  const seed = options.seed ?? previous?.seed ?? 1;
  const nP = matrix.participantIds.length;
  const centred = centreMatrix(matrix);
  const [first, second] = principalComponents(matrix, centred, seed, previous && warmComponents(matrix, previous));
  const components: [Float64Array, Float64Array] = [first.vector, second.vector];
  const projections = projectParticipants(matrix, centred, components);

  const wasIn = new Set(previous?.inConversation ?? []);
  const inConversation = selectInConversation(centred.castCount, centred.votedStatements, (p) => wasIn.has(matrix.participantIds[p]));
  const clustered: number[] = [];
  for (let p = 0; p < nP; p++) if (inConversation[p]) clustered.push(p);
  const points = new Float64Array(2 * clustered.length);
  clustered.forEach((p, i) => {
    points[2 * i] = projections[2 * p];
    points[2 * i + 1] = projections[2 * p + 1];
  });
  const clustering = clusterPoints(points, seed, previous?.clustering);

  const rawGroupOf = new Int32Array(nP).fill(-1);
  const sizes = new Array<number>(clustering.k).fill(0);
  clustered.forEach((p, i) => {
    const g = clustering.groupOfBase[clustering.baseOf[i]];
    rawGroupOf[p] = g;
    sizes[g]++;
  });
  const order = orderGroups(sizes, clustering.groupCentres);
  const renumber = new Int32Array(clustering.k).fill(-1);
  order.forEach((g, id) => (renumber[g] = id));
  const groupOf = rawGroupOf.map((g) => (g < 0 ? -1 : renumber[g]));

  const counts = countVotes(matrix, groupOf, order.length);
  const members: string[][] = order.map(() => []);
  for (let p = 0; p < nP; p++) if (groupOf[p] >= 0) members[groupOf[p]].push(matrix.participantIds[p]);
  const groups: OpinionGroup[] = order.map((g, id) => ({
    id,
    members: members[id],
    centre: [clustering.groupCentres[2 * g], clustering.groupCentres[2 * g + 1]],
    representative: representativeStatements(counts, id, matrix.moderatedOut).map(({ statement, ...rest }) => ({ ...rest, statement: matrix.statementIds[statement] })),
  }));
  const consensus = consensusStatements(countAllVotes(matrix), matrix.moderatedOut);
  const id = (s: number) => matrix.statementIds[s];
  const extremity = new Float64Array(matrix.statementIds.length);
  for (let s = 0; s < extremity.length; s++) extremity[s] = statementExtremity(centred, components, s);
  const inIds = clustered.map((p) => matrix.participantIds[p]);
  return {
    participants: nP,
    statements: matrix.statementIds.length,
    votes: matrix.columns.length,
    inConversation: inIds,
    components,
    eigenvalues: [first.eigenvalue, second.eigenvalue],
    pcaIterations: [first.iterations, second.iterations],
    projections,
    groupOf,
    groups,
    consensus: { agree: consensus.agree.map(id), disagree: consensus.disagree.map(id) },
    groupAwareConsensus: groupAwareConsensus(counts, matrix.moderatedOut).map((x) => ({ statement: id(x.statement), score: x.score })),
    divisive: divisiveStatements(counts, matrix.moderatedOut).map((x) => ({ statement: id(x.statement), spread: x.spread })),
    extremity,
    silhouetteByK: Object.fromEntries(clustering.silhouetteByK),
    state: {
      seed,
      statementIds: [...matrix.statementIds],
      components: [Array.from(components[0]), Array.from(components[1])],
      extremity: Array.from(extremity),
      inConversation: inIds,
      clustering: clustering.state,
    },
  };
}
