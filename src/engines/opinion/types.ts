/** A vote as exported by Pol.is: agree = +1, disagree = -1, pass = 0. */
export type VoteValue = -1 | 0 | 1;

/** One vote cast by a participant on a statement; `time` orders repeated votes (latest wins). */
export interface Vote {
  participant: string;
  statement: string;
  vote: VoteValue;
  time?: number;
}

/**
 * Participants × statements in compressed sparse row form: the cells of participant `p`
 * are `columns[rowStart[p] .. rowStart[p+1])` with values in `values`, sorted by statement.
 * A cell that is absent means "not voted"; a pass is a stored 0.
 */
export interface VoteMatrix {
  participantIds: string[];
  statementIds: string[];
  rowStart: Int32Array;
  columns: Int32Array;
  values: Int8Array;
  /** 1 for statements moderated out: their column counts as all 0 in the analysis. */
  moderatedOut: Uint8Array;
}
