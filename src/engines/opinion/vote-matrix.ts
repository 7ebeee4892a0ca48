import type { Vote, VoteMatrix } from './types.ts';

/** Cells addressed by index, in the order they were cast (a later entry overrides an earlier one). */
export interface IndexedVotes {
  participant: Int32Array;
  statement: Int32Array;
  value: Int8Array;
}

/** Options for building a matrix: ids to include even without votes, and statements moderated out. */
export interface MatrixOptions {
  participants?: readonly string[];
  statements?: readonly string[];
  moderatedOut?: Iterable<string>;
}

/** Rows longer than this are sorted by the built-in typed-array sort instead of insertion sort. */
const INSERTION_SORT_LIMIT = 48;
/** Within a row, a cell's position fits below this; statement × this + position stays exact in a double. */
const POSITION_RANGE = 2 ** 22;

/**
 * Sorts the cells columns[from, to) (with their values) by statement, keeping the input order of
 * equal statements. Rows are short (a participant votes on a few dozen statements), so insertion sort
 * wins; long rows pack (statement, position) into one double and use the built-in numeric sort.
 */
function sortRowByStatement(columns: Int32Array, values: Int8Array, from: number, to: number, scratch: Float64Array): void {
  if (to - from <= INSERTION_SORT_LIMIT) {
    for (let i = from + 1; i < to; i++) {
      const s = columns[i];
      const v = values[i];
      let j = i - 1;
      while (j >= from && columns[j] > s) {
        columns[j + 1] = columns[j];
        values[j + 1] = values[j];
        j--;
      }
      columns[j + 1] = s;
      values[j + 1] = v;
    }
    return;
  }
  const rowColumns = columns.slice(from, to);
  const rowValues = values.slice(from, to);
  let order: ArrayLike<number>;
  if (to - from <= POSITION_RANGE) {
    const keys = scratch.subarray(0, to - from);
    for (let i = 0; i < keys.length; i++) keys[i] = rowColumns[i] * POSITION_RANGE + i;
    keys.sort();
    for (let i = 0; i < keys.length; i++) keys[i] %= POSITION_RANGE;
    order = keys;
  } else {
    // Millions of votes by one participant (repeats included): a plain stable sort is fine for that oddity.
    order = Array.from(rowColumns, (_, i) => i).sort((a, b) => rowColumns[a] - rowColumns[b] || a - b);
  }
  for (let i = 0; i < order.length; i++) {
    columns[from + i] = rowColumns[order[i]];
    values[from + i] = rowValues[order[i]];
  }
}

/**
 * Builds the CSR matrix from indexed cells; for a repeated (participant, statement) pair the
 * last entry wins. One stable counting sort moves each cell into its participant's row, then each
 * (short, contiguous) row is sorted by statement: O(votes), with one scattered pass over the cells.
 */
export function buildVoteMatrixFromIndices(
  participantIds: string[],
  statementIds: string[],
  cells: IndexedVotes,
  moderatedOut: Uint8Array = new Uint8Array(statementIds.length),
): VoteMatrix {
  const n = cells.participant.length;
  const nP = participantIds.length;
  const { participant } = cells;
  const firstOfRow = new Int32Array(nP + 1);
  for (let i = 0; i < n; i++) firstOfRow[participant[i] + 1]++;
  for (let p = 0; p < nP; p++) firstOfRow[p + 1] += firstOfRow[p];
  const next = firstOfRow.slice(0, nP);
  const columns = new Int32Array(n);
  const values = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const at = next[participant[i]]++;
    columns[at] = cells.statement[i];
    values[at] = cells.value[i];
  }
  const rowStart = new Int32Array(nP + 1);
  let longest = 0;
  for (let p = 0; p < nP; p++) longest = Math.max(longest, firstOfRow[p + 1] - firstOfRow[p]);
  const scratch = new Float64Array(longest > INSERTION_SORT_LIMIT ? Math.min(longest, POSITION_RANGE) : 0);
  let kept = 0;
  for (let p = 0; p < nP; p++) {
    const from = firstOfRow[p];
    const to = firstOfRow[p + 1];
    if (to - from > 1) sortRowByStatement(columns, values, from, to, scratch);
    for (let i = from; i < to; i++) {
      // Equal statements sit together in input order, so only the last of a run is the latest vote.
      if (i + 1 < to && columns[i + 1] === columns[i]) continue;
      columns[kept] = columns[i];
      values[kept++] = values[i];
    }
    rowStart[p + 1] = kept;
  }
  const complete = kept === n;
  return { participantIds, statementIds, rowStart, columns: complete ? columns : columns.slice(0, kept), values: complete ? values : values.slice(0, kept), moderatedOut };
}

/** Assigns dense indices to ids in first-seen order. */
class IdIndex {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const id of initial) this.of(id);
  }
  of(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.index.set(id, i);
    }
    return i;
  }
}

/** Orders vote positions by time (missing time counts as 0), keeping list order for ties. */
function chronologicalOrder(votes: readonly Vote[]): number[] {
  const order = votes.map((_, i) => i);
  const sortedAlready = votes.every((v, i) => i === 0 || (v.time ?? 0) >= (votes[i - 1].time ?? 0));
  if (!sortedAlready) order.sort((a, b) => (votes[a].time ?? 0) - (votes[b].time ?? 0) || a - b);
  return order;
}

/** Builds the vote matrix from a list of votes; the latest vote per pair (by time, then list order) counts. */
export function buildVoteMatrix(votes: readonly Vote[], options: MatrixOptions = {}): VoteMatrix {
  const participants = new IdIndex(options.participants);
  const statements = new IdIndex(options.statements);
  const cells: IndexedVotes = {
    participant: new Int32Array(votes.length),
    statement: new Int32Array(votes.length),
    value: new Int8Array(votes.length),
  };
  chronologicalOrder(votes).forEach((from, to) => {
    const v = votes[from];
    if (v.vote !== 1 && v.vote !== -1 && v.vote !== 0) throw new RangeError(`vote must be -1, 0 or 1, got ${String(v.vote)}`);
    cells.participant[to] = participants.of(v.participant);
    cells.statement[to] = statements.of(v.statement);
    cells.value[to] = v.vote;
  });
  const moderatedIds = new Set(options.moderatedOut ?? []);
  for (const id of moderatedIds) statements.of(id);
  const moderatedOut = new Uint8Array(statements.ids.length);
  statements.ids.forEach((id, s) => (moderatedOut[s] = moderatedIds.has(id) ? 1 : 0));
  return buildVoteMatrixFromIndices(participants.ids, statements.ids, cells, moderatedOut);
}

/**
 * Returns a new matrix with `votes` applied on top of `matrix` (they count as newer than every stored
 * cell). Untouched rows are copied in bulk, so an update costs a copy of the cells plus a sort of the new votes.
 */
export function withVotes(matrix: VoteMatrix, votes: readonly Vote[], moderatedOut?: Iterable<string>): VoteMatrix {
  const participants = new IdIndex(matrix.participantIds);
  const statements = new IdIndex(matrix.statementIds);
  const order = chronologicalOrder(votes);
  const fresh: IndexedVotes = {
    participant: Int32Array.from(order, (i) => participants.of(votes[i].participant)),
    statement: Int32Array.from(order, (i) => statements.of(votes[i].statement)),
    value: Int8Array.from(order, (i) => votes[i].vote),
  };
  const newlyModerated = [...(moderatedOut ?? [])].map((id) => statements.of(id));
  const moderated = new Uint8Array(statements.ids.length);
  moderated.set(matrix.moderatedOut);
  for (const s of newlyModerated) moderated[s] = 1;
  // The new votes alone, deduplicated and sorted by (participant, statement).
  const update = buildVoteMatrixFromIndices(participants.ids, statements.ids, fresh, moderated);
  const nP = participants.ids.length;
  const oldP = matrix.participantIds.length;
  const oldStart = (p: number) => (p < oldP ? matrix.rowStart[p] : matrix.columns.length);
  const rowStart = new Int32Array(nP + 1);
  const columns = new Int32Array(matrix.columns.length + update.columns.length);
  const values = new Int8Array(columns.length);
  let out = 0;
  let copiedUpTo = 0;
  for (let p = 0; p < nP; p++) {
    const uFrom = update.rowStart[p];
    const uTo = update.rowStart[p + 1];
    if (uFrom === uTo) {
      rowStart[p + 1] = rowStart[p] + (oldStart(p + 1) - oldStart(p));
      continue;
    }
    // Bulk-copy the untouched rows before this one, then merge this row with its new votes.
    const runLength = oldStart(p) - copiedUpTo;
    columns.set(matrix.columns.subarray(copiedUpTo, oldStart(p)), out);
    values.set(matrix.values.subarray(copiedUpTo, oldStart(p)), out);
    out += runLength;
    let o = oldStart(p);
    const oTo = oldStart(p + 1);
    let u = uFrom;
    while (o < oTo || u < uTo) {
      const takeNew = o >= oTo || (u < uTo && update.columns[u] <= matrix.columns[o]);
      if (takeNew) {
        if (o < oTo && matrix.columns[o] === update.columns[u]) o++; // the new vote replaces the stored one
        columns[out] = update.columns[u];
        values[out++] = update.values[u++];
      } else {
        columns[out] = matrix.columns[o];
        values[out++] = matrix.values[o++];
      }
    }
    copiedUpTo = oTo;
    rowStart[p + 1] = out;
  }
  columns.set(matrix.columns.subarray(copiedUpTo), out);
  values.set(matrix.values.subarray(copiedUpTo), out);
  out += matrix.columns.length - copiedUpTo;
  // Replaced cells leave a few unused slots at the end; a view avoids copying a million cells to drop them.
  return { participantIds: participants.ids, statementIds: statements.ids, rowStart, columns: columns.subarray(0, out), values: values.subarray(0, out), moderatedOut: moderated };
}

/** The vote of participant `p` on statement `s`, or undefined when not voted (binary search in the row). */
export function voteAt(matrix: VoteMatrix, p: number, s: number): number | undefined {
  let lo = matrix.rowStart[p];
  let hi = matrix.rowStart[p + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = matrix.columns[mid];
    if (c === s) return matrix.values[mid];
    if (c < s) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
