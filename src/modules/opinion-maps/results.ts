import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { analyzeConversation, buildVoteMatrix, type OpinionState, type VoteMatrix, type VoteValue } from '../../engines/opinion/index.ts';
import { listVotes, voteFingerprint, type StatementRow } from './queries.ts';

/** One statement that sets a group apart: how many in the group and outside it vote that way. */
export interface RepresentativeView {
  statementId: string;
  side: 'agree' | 'disagree';
  pInGroup: number;
  pOthers: number;
}

/** What the results page, the API and the export show; participant ids stay internal (pages show numbers or nothing). */
export interface MapResults {
  participants: number;
  votes: number;
  groups: { id: number; size: number; representative: RepresentativeView[] }[];
  consensus: { agree: string[]; disagree: string[] };
  groupAwareConsensus: { statementId: string; score: number }[];
  divisive: { statementId: string; spread: number }[];
  points: { participantId: string; x: number; y: number; group: number }[];
  computedAt: string;
}

/** Results are recomputed after this many seconds once anything changed... */
export const STALE_AFTER_SECONDS = 60;
/** ...or at once after this many new votes (1 for a small map, 2 % of the votes for a large one). */
export const newVotesBeforeRecompute = (votes: number) => Math.max(1, Math.floor(votes / 50));

const statusDigest = (statements: StatementRow[]) =>
  createHash('sha1')
    .update(statements.map((s) => `${s.id}:${s.status}`).join(','))
    .digest('hex');

/** The stored state of the last analysis (for warm starts and statement priorities), if any. */
export async function storedState(db: Kysely<Database>, mapId: string): Promise<OpinionState | undefined> {
  const row = await db.selectFrom('opinion_result').select('state').where('map_id', '=', mapId).executeTakeFirst();
  return row ? parseState(row.state) : undefined;
}

function parseState(json: string): OpinionState | undefined {
  try {
    const state = JSON.parse(json) as OpinionState | null;
    return state && Array.isArray(state.statementIds) ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The map's results: the cached ones while they are fresh enough, else recomputed now from every
 * vote, warm-started from the stored state. Votes never wait for this: it runs when results are read.
 */
export async function currentResults(db: Kysely<Database>, mapId: string, statements: StatementRow[], now = new Date()): Promise<MapResults> {
  const [fingerprint, stored] = await Promise.all([
    voteFingerprint(db, mapId),
    db.selectFrom('opinion_result').selectAll().where('map_id', '=', mapId).executeTakeFirst(),
  ]);
  const digest = statusDigest(statements);
  const key = `${fingerprint.count}|${fingerprint.latest}|${digest}`;
  if (stored) {
    const sameStatements = stored.fingerprint.endsWith(`|${digest}`);
    const ageSeconds = (now.getTime() - Date.parse(stored.computed_at)) / 1000;
    const newVotes = Math.abs(fingerprint.count - Number(stored.vote_count));
    const fresh = stored.fingerprint === key || (sameStatements && ageSeconds < STALE_AFTER_SECONDS && newVotes < newVotesBeforeRecompute(fingerprint.count));
    if (fresh) return JSON.parse(stored.results) as MapResults;
  }
  const previous = stored ? parseState(stored.state) : undefined;
  const { results, state } = await computeResults(db, mapId, statements, previous, now);
  const row = { map_id: mapId, results: JSON.stringify(results), state: JSON.stringify(state ?? null), vote_count: fingerprint.count, fingerprint: key, computed_at: now.toISOString() };
  await db
    .insertInto('opinion_result')
    .values(row)
    .onConflict((oc) => oc.column('map_id').doUpdateSet({ results: row.results, state: row.state, vote_count: row.vote_count, fingerprint: row.fingerprint, computed_at: row.computed_at }))
    .execute();
  return results;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Share of a group (and of everyone else clustered) who voted a side on a statement, among those who voted on it. */
function rawShares(matrix: VoteMatrix, groupOf: Int32Array, groups: number) {
  const S = matrix.statementIds.length;
  const agree = new Int32Array(groups * S);
  const disagree = new Int32Array(groups * S);
  const seen = new Int32Array(groups * S);
  for (let p = 0; p < matrix.participantIds.length; p++) {
    const g = groupOf[p];
    if (g < 0) continue;
    for (let e = matrix.rowStart[p]; e < matrix.rowStart[p + 1]; e++) {
      const cell = g * S + matrix.columns[e];
      seen[cell]++;
      if (matrix.values[e] === 1) agree[cell]++;
      else if (matrix.values[e] === -1) disagree[cell]++;
    }
  }
  return (g: number, s: number, side: 'agree' | 'disagree') => {
    const hits = side === 'agree' ? agree : disagree;
    let hitsOut = 0;
    let seenOut = 0;
    for (let o = 0; o < groups; o++) {
      if (o === g) continue;
      hitsOut += hits[o * S + s];
      seenOut += seen[o * S + s];
    }
    const inSeen = seen[g * S + s];
    return { pInGroup: inSeen ? round(hits[g * S + s] / inSeen) : 0, pOthers: seenOut ? round(hitsOut / seenOut) : 0 };
  };
}

/** Runs the engine on every vote of the map; statements not visible are moderated out. */
export async function computeResults(db: Kysely<Database>, mapId: string, statements: StatementRow[], previous: OpinionState | undefined, now = new Date()): Promise<{ results: MapResults; state: OpinionState | undefined }> {
  const votes = await listVotes(db, mapId);
  const empty: MapResults = { participants: 0, votes: 0, groups: [], consensus: { agree: [], disagree: [] }, groupAwareConsensus: [], divisive: [], points: [], computedAt: now.toISOString() };
  if (votes.length === 0) return { results: empty, state: undefined };
  const matrix = buildVoteMatrix(
    votes.map((v) => ({ participant: v.participant_id, statement: v.statement_id, vote: Number(v.vote) as VoteValue })),
    { statements: statements.map((s) => s.id), moderatedOut: statements.filter((s) => s.status !== 'visible').map((s) => s.id) },
  );
  const analysis = analyzeConversation(matrix, { previous });
  const points: MapResults['points'] = [];
  matrix.participantIds.forEach((participantId, p) => {
    const group = analysis.groupOf[p];
    if (group >= 0) points.push({ participantId, x: round(analysis.projections[2 * p]), y: round(analysis.projections[2 * p + 1]), group });
  });
  const share = rawShares(matrix, analysis.groupOf, analysis.groups.length);
  const results: MapResults = {
    participants: analysis.participants,
    votes: analysis.votes,
    groups: analysis.groups.map((g) => ({
      id: g.id,
      size: g.members.length,
      // The engine ranks with smoothed probabilities; people read plain shares of those who voted.
      representative: g.representative.map((r) => ({ statementId: r.statement, side: r.side, ...share(g.id, matrix.statementIds.indexOf(r.statement), r.side) })),
    })),
    consensus: analysis.consensus,
    // Only statements most of every group agrees with count as common ground.
    groupAwareConsensus: analysis.groupAwareConsensus.filter((x) => x.score > 0.6 ** Math.max(1, analysis.groups.length)).slice(0, 5).map((x) => ({ statementId: x.statement, score: round(x.score) })),
    divisive: analysis.divisive.filter((x) => x.spread >= 0.3).slice(0, 5).map((x) => ({ statementId: x.statement, spread: round(x.spread) })),
    points,
    computedAt: now.toISOString(),
  };
  return { results, state: analysis.state };
}
