// The VOTES section of a Pabulib file, read row by row from the bytes: project lists are split and
// looked up in place, so a ballot costs one array of shared id strings and nothing per listed project.
import { decodeRange, IdTable, type CsvRow } from '../csv/index.ts';
import type { Ballot, PointsEntry, VoteType } from './election.ts';
import { PabulibError, parseDecimal } from './pabulib-csv.ts';

const COMMA = 0x2c;
/** Whitespace String.prototype.trim removes that is ASCII; a list with any other byte takes the string path. */
const isAsciiSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/** Ballots read so far; the first problem is kept, not thrown, so errors come out in the order of a whole-file read. */
export class VotesSection {
  readonly ballots: Ballot[] = [];
  readonly voterIds: string[] = [];
  readonly voterAttributes: Record<string, string>[] = [];
  anyAttributes = false;
  problem: PabulibError | undefined;
  private readonly seenVoters = new Set<string>();
  /** Whether the file names its voters (a voter_id column). */
  readonly hasVoterIds: boolean;
  private readonly mentioned: Int32Array;
  private readonly idAt: number;
  private readonly voteAt: number;
  private readonly pointsAt: number;
  private readonly withPoints: boolean;

  constructor(
    private readonly header: string[],
    headerLine: number,
    private readonly voteType: VoteType,
    private readonly projects: IdTable,
  ) {
    this.mentioned = new Int32Array(projects.size).fill(-1);
    this.withPoints = voteType === 'cumulative' || voteType === 'scoring';
    this.idAt = header.indexOf('voter_id');
    this.hasVoterIds = this.idAt >= 0;
    this.voteAt = header.indexOf('vote');
    this.pointsAt = this.withPoints ? header.indexOf('points') : -1;
    const lacking = this.voteAt < 0 ? 'vote' : this.withPoints && this.pointsAt < 0 ? 'points' : undefined;
    if (lacking) this.problem = new PabulibError(headerLine, `VOTES header lacks the column "${lacking}"`);
  }

  /** Reads one data row (the field count is already checked). */
  read(row: CsvRow): void {
    if (this.problem) return;
    try {
      this.readRow(row);
    } catch (error) {
      if (!(error instanceof PabulibError)) throw error;
      this.problem = error;
    }
  }

  private readRow(row: CsvRow): void {
    const { idAt, voteAt, pointsAt } = this;
    if (idAt >= 0) {
      const voterId = row.text(idAt).trim();
      if (this.seenVoters.has(voterId)) throw new PabulibError(row.line, `voter_id "${voterId}" appears twice`);
      this.seenVoters.add(voterId);
      this.voterIds.push(voterId);
    }
    const listed = this.projectList(row, voteAt);
    const distinct = this.firstMentions(listed);
    if (this.voteType === 'choose-1' && distinct.length > 1) throw new PabulibError(row.line, 'a choose-1 ballot names more than one project');
    this.ballots.push(this.withPoints ? this.pointsBallot(listed, splitList(row.text(pointsAt)), row.line) : distinct.map((p) => this.projects.ids[p]));
    const attributes: Record<string, string> = {};
    for (let i = 0; i < row.count; i++) {
      if (i !== idAt && i !== voteAt && i !== pointsAt && !row.isEmpty(i)) setOwn(attributes, this.header[i], row.text(i));
    }
    for (const _ in attributes) {
      this.anyAttributes = true;
      break;
    }
    this.voterAttributes.push(attributes);
  }

  /** Project indices listed in field f (comma-separated, trimmed), each checked against PROJECTS. */
  private projectList(row: CsvRow, f: number): number[] {
    const bytes = row.bytes;
    const start = row.start(f);
    const end = row.end(f);
    let ascii = !row.escaped(f);
    for (let i = start; ascii && i < end; i++) if (bytes[i] >= 0x80) ascii = false;
    if (!ascii) return splitList(row.text(f)).map((id) => this.known(this.projects.findText(id), id, row.line));
    const out: number[] = [];
    let from = start;
    let to = end;
    while (from < to && isAsciiSpace(bytes[from])) from++;
    while (to > from && isAsciiSpace(bytes[to - 1])) to--;
    if (from === to) return out;
    for (let item = from; item <= to; ) {
      let next = item;
      while (next < to && bytes[next] !== COMMA) next++;
      let a = item;
      let b = next;
      while (a < b && isAsciiSpace(bytes[a])) a++;
      while (b > a && isAsciiSpace(bytes[b - 1])) b--;
      out.push(this.known(this.projects.findRange(bytes, a, b), () => decodeRange(bytes, a, b), row.line));
      item = next + 1;
    }
    return out;
  }

  private known(index: number, id: string | (() => string), line: number): number {
    if (index < 0) throw new PabulibError(line, `vote names unknown project "${typeof id === 'string' ? id : id()}"`);
    return index;
  }

  /** The listed projects without repeats, first mention first. */
  private firstMentions(listed: number[]): number[] {
    const stamp = this.ballots.length;
    const out: number[] = [];
    for (const p of listed) {
      if (this.mentioned[p] === stamp) continue;
      this.mentioned[p] = stamp;
      out.push(p);
    }
    return out;
  }

  // A ballot listing a project twice counts it once; the first mention keeps its rank and points.
  private pointsBallot(listed: number[], points: string[], line: number): PointsEntry[] {
    if (listed.length !== points.length) throw new PabulibError(line, `vote lists ${listed.length} projects but points lists ${points.length} values`);
    const out: PointsEntry[] = [];
    const seen = new Set<number>();
    listed.forEach((p, i) => {
      const value = parseDecimal(points[i]);
      if (value === undefined || value < 0) throw new PabulibError(line, `points value "${points[i]}" is not a non-negative number`);
      if (seen.has(p)) return;
      seen.add(p);
      out.push({ id: this.projects.ids[p], points: value });
    });
    return out;
  }
}

/** Splits a comma-separated list, trimming each item; an empty list has no items. */
export function splitList(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(',').map((s) => s.trim());
}

/** Keys come from the file: a key such as "__proto__" must become a plain entry, not a prototype. */
export function setOwn(record: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
