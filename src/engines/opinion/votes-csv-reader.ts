import { IdTable, toBytes, type CsvRow } from '../csv/index.ts';
import { columnPositions, ExportTokenizer, PolisExportError, type ExportIssue } from './csv-text.ts';
import { chronologicalPositions } from './time-order.ts';
import { VoteColumns } from './vote-columns.ts';
import type { VoteMatrix } from './types.ts';
import { buildVoteMatrixFromIndices, type MatrixOptions } from './vote-matrix.ts';

const COLUMNS = ['timestamp', 'comment-id', 'voter-id', 'vote'] as const;

/**
 * Reads votes.csv (the vote history) chunk by chunk straight into a vote matrix, with no string or
 * object per vote: ids are interned from the bytes, numbers parsed in place. The matrix equals
 * buildVoteMatrix(readVotesCsv(text), options): the latest vote per pair counts (by timestamp, then
 * file order), and every bad row is reported with its line.
 */
export class VotesCsvReader {
  private readonly tokenizer: ExportTokenizer;
  private readonly participants = new IdTable();
  private readonly statements: IdTable;
  private readonly initialStatements: number;
  private readonly votes = new VoteColumns();
  private readonly issues: ExportIssue[] = [];
  private headerCount = -1;
  private headerError: PolisExportError | undefined;
  private at = { timestamp: 0, 'comment-id': 0, 'voter-id': 0, vote: 0 };

  constructor(
    private readonly file = 'votes.csv',
    private readonly options: Pick<MatrixOptions, 'statements' | 'moderatedOut'> = {},
  ) {
    this.tokenizer = new ExportTokenizer(file, (row) => this.record(row));
    this.statements = new IdTable(options.statements);
    this.initialStatements = this.statements.size;
  }

  /** Reads the next chunk of the file. */
  push(chunk: Uint8Array): void {
    this.tokenizer.push(chunk);
  }

  /** Ends the file and returns its matrix; throws PolisExportError listing every bad row. */
  end(): VoteMatrix {
    this.tokenizer.end();
    if (this.headerCount < 0) throw new PolisExportError([{ file: this.file, line: 1, message: 'the file is empty (no header)' }]);
    if (this.headerError) throw this.headerError;
    if (this.issues.length > 0) throw new PolisExportError(this.issues);
    const moderatedIds = new Set(this.options.moderatedOut ?? []);
    for (const id of moderatedIds) this.statements.indexOfText(id);
    const { participantIds, statementIds, cells } = this.inTimeOrder();
    const moderatedOut = Uint8Array.from(statementIds, (id) => (moderatedIds.has(id) ? 1 : 0));
    return buildVoteMatrixFromIndices(participantIds, statementIds, cells, moderatedOut);
  }

  private record(row: CsvRow): void {
    if (row.isEmptyLine() || this.headerError) return;
    if (this.headerCount < 0) {
      this.headerCount = row.count;
      try {
        this.at = columnPositions({ line: row.line, fields: row.texts() }, COLUMNS, this.file);
      } catch (error) {
        // Reported at the end, so a syntax error further down is reported first, as a whole-file parse would.
        this.headerError = error as PolisExportError;
      }
      return;
    }
    // Checked in the order readVotesCsv checks them; each field is parsed once.
    const { at } = this;
    if (row.count !== this.headerCount) return this.refuse(row, `expected ${this.headerCount} fields, found ${row.count}`);
    const vote = row.vote(at.vote);
    if (Number.isNaN(vote)) return this.refuse(row, `vote must be -1, 0 or 1, found "${row.text(at.vote)}"`);
    const time = row.number(at.timestamp);
    if (row.isEmpty(at.timestamp) || !Number.isFinite(time)) return this.refuse(row, `bad timestamp "${row.text(at.timestamp)}"`);
    if (row.isEmpty(at['comment-id']) || row.isEmpty(at['voter-id'])) return this.refuse(row, 'empty comment-id or voter-id');
    this.votes.add(time, this.participants.indexOfField(row, at['voter-id']), this.statements.indexOfField(row, at['comment-id']), vote);
  }

  private refuse(row: CsvRow, message: string): void {
    this.issues.push({ file: this.file, line: row.line, message });
  }

  /**
   * The cells in time order, and ids numbered by first appearance in time order (statements listed
   * up front keep their places), as buildVoteMatrix numbers them.
   */
  private inTimeOrder() {
    const v = this.votes;
    const n = v.length;
    const cells = { participant: v.participant.subarray(0, n), statement: v.statement.subarray(0, n), value: v.value.subarray(0, n) };
    const order = chronologicalPositions(v.time, n);
    if (!order) return { participantIds: this.participants.ids, statementIds: this.statements.ids, cells };
    const participantOf = new Int32Array(this.participants.size).fill(-1);
    const statementOf = Int32Array.from(this.statements.ids, (_, s) => (s < this.initialStatements ? s : -1));
    let nextParticipant = 0;
    let nextStatement = this.initialStatements;
    const sorted = { participant: new Int32Array(n), statement: new Int32Array(n), value: new Int8Array(n) };
    for (let k = 0; k < n; k++) {
      const e = order[k];
      const p = cells.participant[e];
      const s = cells.statement[e];
      if (participantOf[p] < 0) participantOf[p] = nextParticipant++;
      if (statementOf[s] < 0) statementOf[s] = nextStatement++;
      sorted.participant[k] = participantOf[p];
      sorted.statement[k] = statementOf[s];
      sorted.value[k] = cells.value[e];
    }
    // Statements named only by the moderation list were added after every voted one: they keep their places.
    for (let s = 0; s < statementOf.length; s++) if (statementOf[s] < 0) statementOf[s] = s;
    const participantIds = new Array<string>(nextParticipant);
    this.participants.ids.forEach((id, p) => (participantIds[participantOf[p]] = id));
    const statementIds = new Array<string>(statementOf.length);
    this.statements.ids.forEach((id, s) => (statementIds[statementOf[s]] = id));
    return { participantIds, statementIds, cells: sorted };
  }
}

/** Reads a whole votes.csv (text or bytes) into a vote matrix; see VotesCsvReader. */
export function readVotesMatrix(input: string | Uint8Array, options: Pick<MatrixOptions, 'statements' | 'moderatedOut'> = {}, file = 'votes.csv'): VoteMatrix {
  const reader = new VotesCsvReader(file, options);
  reader.push(toBytes(input));
  return reader.end();
}
