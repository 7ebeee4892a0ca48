import { IdTable, toBytes, type CsvRow } from '../csv/index.ts';
import { columnPositions, ExportTokenizer, PolisExportError, type ExportIssue } from './csv-text.ts';
import type { VoteMatrix } from './types.ts';
import { VoteColumns } from './vote-columns.ts';
import { buildVoteMatrixFromIndices } from './vote-matrix.ts';

/** The columns before (or among) the statement columns of participants-votes.csv. */
export const PARTICIPANT_COLUMNS = ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree'] as const;

/**
 * Reads participants-votes.csv chunk by chunk straight into a vote matrix (one row per participant,
 * one column per statement, blank = not voted), with no string or object per vote. The matrix equals
 * matrixFromParticipantsVotes(readParticipantsVotesCsv(text), comments) for the same moderation.
 */
export class ParticipantsVotesReader {
  private readonly tokenizer: ExportTokenizer;
  private readonly participants = new IdTable();
  private statements = new IdTable();
  private readonly votes = new VoteColumns();
  private readonly issues: ExportIssue[] = [];
  private header: string[] | undefined;
  private headerError: PolisExportError | undefined;
  private at = { participant: 0, 'group-id': 0 } as Record<(typeof PARTICIPANT_COLUMNS)[number], number>;
  /** Statement index of each column, −1 for the fixed columns. */
  private statementOfColumn = new Int32Array(0);

  /** `moderatedOut`: statement ids moderated out (from comments.csv); those without a column are ignored. */
  constructor(
    private readonly file = 'participants-votes.csv',
    private readonly moderatedOut: Iterable<string> = [],
  ) {
    this.tokenizer = new ExportTokenizer(file, (row) => this.record(row));
  }

  /** Reads the next chunk of the file. */
  push(chunk: Uint8Array): void {
    this.tokenizer.push(chunk);
  }

  /** Ends the file and returns its matrix; throws PolisExportError listing every bad row. */
  end(): VoteMatrix {
    this.tokenizer.end();
    if (!this.header) throw new PolisExportError([{ file: this.file, line: 1, message: 'the file is empty (no header)' }]);
    if (this.headerError) throw this.headerError;
    if (this.issues.length > 0) throw new PolisExportError(this.issues);
    const moderated = new Set(this.moderatedOut);
    const moderatedOut = Uint8Array.from(this.statements.ids, (id) => (moderated.has(id) ? 1 : 0));
    const n = this.votes.length;
    const { participant, statement, value } = this.votes;
    const cells = { participant: participant.subarray(0, n), statement: statement.subarray(0, n), value: value.subarray(0, n) };
    return buildVoteMatrixFromIndices(this.participants.ids, this.statements.ids, cells, moderatedOut);
  }

  private record(row: CsvRow): void {
    if (row.isEmptyLine() || this.headerError) return;
    if (!this.header) this.readHeader(row);
    else this.readRow(row);
  }

  private readHeader(row: CsvRow): void {
    const header = (this.header = row.texts());
    try {
      this.at = columnPositions({ line: row.line, fields: header }, PARTICIPANT_COLUMNS, this.file);
    } catch (error) {
      this.headerError = error as PolisExportError; // reported at the end, after any syntax error further down
      return;
    }
    const fixed = new Set<number>(Object.values(this.at));
    const statementIds = header.filter((_, c) => !fixed.has(c));
    this.statements = new IdTable(statementIds);
    this.statementOfColumn = Int32Array.from(header, (id, c) => (fixed.has(c) ? -1 : this.statements.indexOfText(id)));
  }

  private readRow(row: CsvRow): void {
    const header = this.header!;
    const issue = (message: string) => this.issues.push({ file: this.file, line: row.line, message });
    const group = this.at['group-id'];
    if (row.count !== header.length) return void issue(`expected ${header.length} fields, found ${row.count}`);
    if (row.isEmpty(this.at.participant)) return void issue('empty participant id');
    if (!row.isEmpty(group) && !/^-?\d+$/.test(row.text(group))) return void issue(`group-id must be an integer or blank, found "${row.text(group)}"`);
    const p = this.participants.indexOfField(row, this.at.participant);
    for (let c = 0; c < row.count; c++) {
      const s = this.statementOfColumn[c];
      if (s < 0 || row.isEmpty(c)) continue;
      const vote = row.vote(c);
      if (Number.isNaN(vote)) issue(`column ${header[c]}: vote must be -1, 0, 1 or blank, found "${row.text(c)}"`);
      else this.votes.add(0, p, s, vote);
    }
  }
}

/** Reads a whole participants-votes.csv (text or bytes) into a vote matrix; see ParticipantsVotesReader. */
export function readParticipantsVotesMatrix(input: string | Uint8Array, moderatedOut: Iterable<string> = [], file = 'participants-votes.csv'): VoteMatrix {
  const reader = new ParticipantsVotesReader(file, moderatedOut);
  reader.push(toBytes(input));
  return reader.end();
}
