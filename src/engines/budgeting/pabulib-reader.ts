// Reads Pabulib `.pb` files (bytes or text, whole or in chunks) into an Election; any problem throws a
// PabulibError naming the line. Problems come out in the order of a whole-file read: the layout of the
// whole file first, then META, PROJECTS and VOTES, then the announced counts.
import { CsvSyntaxError, CsvTokenizer, IdTable, toBytes, type CsvRow } from '../csv/index.ts';
import { VOTE_TYPES, type Election, type Project, type VoteType } from './election.ts';
import { PabulibError, parseDecimal } from './pabulib-csv.ts';
import { setOwn, VotesSection } from './pabulib-votes.ts';

/** The three sections of a Pabulib file. */
export type SectionName = 'META' | 'PROJECTS' | 'VOTES';
const SECTION_NAMES: readonly SectionName[] = ['META', 'PROJECTS', 'VOTES'];
/** A section's header and rows as text (META and PROJECTS; VOTES rows are read as they come). */
export interface Section {
  headerLine: number;
  header: string[];
  rows: { fields: string[]; line: number }[];
}
type Meta = Map<string, { value: string; line: number }>;
/** What META and PROJECTS say, checked. */
export interface Prepared {
  meta: Meta;
  budget: number;
  voteType: VoteType;
  projects: Project[];
}

// PROJECTS columns that map onto typed Project fields; everything else is kept in `attributes`.
const PROJECT_FIELDS: Record<string, 'name' | 'category' | 'neighbourhood'> = { name: 'name', category: 'category', neighbourhood: 'neighbourhood', neighborhood: 'neighbourhood' };
// META keys that are typed fields of Election or derived from the sections.
const DERIVED_META = new Set(['budget', 'vote_type', 'num_projects', 'num_votes']);

/**
 * A Pabulib file read chunk by chunk. VOTES rows are turned into ballots as they arrive when META and
 * PROJECTS came first (as in every published file); otherwise they wait, copied, for the end.
 */
export class PabulibReader {
  private readonly tokenizer = new CsvTokenizer(0x3b, (row) => this.record(row));
  private readonly found: Partial<Record<SectionName, Section>> = {};
  private current: Section | undefined;
  private currentName: SectionName | undefined;
  private lineFeeds = 0;
  private prepared: Prepared | PabulibError | undefined;
  private votes: VotesSection | undefined;
  private readonly waitingVotes: CsvRow[] = [];

  /** Reads the next chunk of the file. */
  push(chunk: Uint8Array): void {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) this.lineFeeds++;
    try {
      this.tokenizer.push(chunk);
    } catch (error) {
      throw error instanceof CsvSyntaxError ? syntaxError(error) : error;
    }
  }

  /** Ends the file: returns the election, or throws the first problem. */
  end(): Election {
    try {
      this.tokenizer.end();
    } catch (error) {
      throw error instanceof CsvSyntaxError ? syntaxError(error) : error;
    }
    const lastLine = this.lineFeeds + 1;
    for (const name of SECTION_NAMES) {
      const section = this.found[name];
      if (!section) throw new PabulibError(lastLine, `missing section ${name}`);
      if (section.headerLine === 0) throw new PabulibError(lastLine, `section ${name} has no header line`);
    }
    const prepared = this.prepared ?? this.prepare();
    if (prepared instanceof PabulibError) throw prepared;
    const votes = this.votes ?? this.startVotes(prepared);
    for (const row of this.waitingVotes) votes.read(row);
    if (votes.problem) throw votes.problem;
    return assembleElection(prepared, votes);
  }

  private record(row: CsvRow): void {
    const single = row.count === 1 ? row.text(0).trim() : undefined;
    if (single === '' && !row.quoted) return; // a blank line
    if (single === 'META' || single === 'PROJECTS' || single === 'VOTES') {
      if (this.found[single]) throw new PabulibError(row.line, `section ${single} appears twice`);
      this.current = this.found[single] = { headerLine: 0, header: [], rows: [] };
      this.currentName = single;
      return;
    }
    const section = this.current;
    if (!section) throw new PabulibError(row.line, 'text before the first section (expected META, PROJECTS or VOTES)');
    if (section.headerLine === 0) {
      section.headerLine = row.line;
      section.header = row.texts().map((f) => f.trim());
      // Both other sections are complete once VOTES starts after them: ballots can be read as they come.
      if (this.currentName === 'VOTES' && this.found.META && this.found.PROJECTS) {
        this.prepared = this.prepare();
        if (!(this.prepared instanceof PabulibError)) this.votes = this.startVotes(this.prepared);
      }
      return;
    }
    if (row.count !== section.header.length) throw new PabulibError(row.line, `expected ${section.header.length} fields as in the header, found ${row.count}`);
    if (this.currentName !== 'VOTES') section.rows.push({ fields: row.texts(), line: row.line });
    else if (this.votes) this.votes.read(row);
    else if (!this.prepared) this.waitingVotes.push(row.copy());
  }

  private prepare(): Prepared | PabulibError {
    return prepareSections(this.found.META!, this.found.PROJECTS!);
  }

  private startVotes(prepared: Prepared): VotesSection {
    const section = this.found.VOTES!;
    return new VotesSection(section.header, section.headerLine, prepared.voteType, new IdTable(prepared.projects.map((p) => p.id)));
  }
}

/** The election from checked sections; the announced counts are checked last. */
export function assembleElection(prepared: Prepared, votes: Pick<VotesSection, 'ballots' | 'voterIds' | 'voterAttributes' | 'hasVoterIds' | 'anyAttributes'>): Election {
  const { meta, budget, voteType, projects } = prepared;
  checkCount(meta, 'num_projects', projects.length);
  checkCount(meta, 'num_votes', votes.ballots.length);
  const election: Election = { budget, voteType, projects, ballots: votes.ballots };
  if (votes.hasVoterIds) election.voterIds = votes.voterIds;
  if (votes.anyAttributes) election.voterAttributes = votes.voterAttributes;
  const rest: Record<string, string> = {};
  for (const [key, entry] of meta) if (!DERIVED_META.has(key)) setOwn(rest, key, entry.value);
  if (Object.keys(rest).length > 0) election.meta = rest;
  return election;
}

/** Parses a whole Pabulib file (text or UTF-8 bytes); throws PabulibError (with line number), never returns partial data. */
export function readPabulib(input: string | Uint8Array): Election {
  const reader = new PabulibReader();
  reader.push(toBytes(input));
  return reader.end();
}

/** META and PROJECTS checked and read; a problem is returned, to be thrown once the layout is known good. */
export function prepareSections(META: Section, PROJECTS: Section): Prepared | PabulibError {
  try {
    const meta = readMeta(META);
    const budget = requireNumber(meta, 'budget', META);
    const voteType = meta.get('vote_type')?.value.trim();
    if (!voteType || !(VOTE_TYPES as readonly string[]).includes(voteType)) {
      throw new PabulibError(meta.get('vote_type')?.line ?? META.headerLine, `META vote_type must be one of ${VOTE_TYPES.join(', ')} (got "${voteType ?? ''}")`);
    }
    return { meta, budget, voteType: voteType as VoteType, projects: readProjects(PROJECTS) };
  } catch (error) {
    if (error instanceof PabulibError) return error;
    throw error;
  }
}

function syntaxError(error: CsvSyntaxError): PabulibError {
  return new PabulibError(error.line, error.kind === 'unterminated-quote' ? 'quoted field is not closed before the end of the file' : 'unexpected text after a closing quote');
}

function column(section: Section, name: string, sectionName: SectionName): number {
  const index = section.header.indexOf(name);
  if (index < 0) throw new PabulibError(section.headerLine, `${sectionName} header lacks the column "${name}"`);
  return index;
}

function readMeta(section: Section): Meta {
  const keyAt = column(section, 'key', 'META');
  const valueAt = column(section, 'value', 'META');
  const meta: Meta = new Map();
  for (const row of section.rows) {
    const key = row.fields[keyAt].trim();
    if (meta.has(key)) throw new PabulibError(row.line, `META key "${key}" appears twice`);
    meta.set(key, { value: row.fields[valueAt], line: row.line });
  }
  return meta;
}

function requireNumber(meta: Meta, key: string, section: Section): number {
  const entry = meta.get(key);
  if (!entry) throw new PabulibError(section.headerLine, `META lacks "${key}"`);
  const value = parseDecimal(entry.value);
  if (value === undefined || value < 0) throw new PabulibError(entry.line, `META ${key} is not a non-negative number: "${entry.value}"`);
  return value;
}

/** Refuses a file whose META num_projects or num_votes disagrees with what it holds. */
export function checkCount(meta: Meta, key: string, actual: number): void {
  const entry = meta.get(key);
  if (!entry) return;
  // A mismatch usually means a truncated file: refuse it rather than count part of the ballots.
  if (parseDecimal(entry.value) !== actual) throw new PabulibError(entry.line, `META ${key} says ${entry.value.trim()} but the file has ${actual}`);
}

function readProjects(section: Section): Project[] {
  const idAt = column(section, 'project_id', 'PROJECTS');
  const costAt = column(section, 'cost', 'PROJECTS');
  const seen = new Set<string>();
  return section.rows.map((row) => {
    const id = row.fields[idAt].trim();
    if (id === '') throw new PabulibError(row.line, 'empty project_id');
    if (seen.has(id)) throw new PabulibError(row.line, `project_id "${id}" appears twice`);
    seen.add(id);
    const cost = parseDecimal(row.fields[costAt]);
    if (cost === undefined || cost < 0) throw new PabulibError(row.line, `cost of project ${id} is not a non-negative number: "${row.fields[costAt]}"`);
    const project: Project = { id, cost };
    const attributes: Record<string, string> = {};
    section.header.forEach((name, i) => {
      if (i === idAt || i === costAt || row.fields[i] === '') return;
      const field = PROJECT_FIELDS[name];
      if (field) project[field] = row.fields[i];
      else setOwn(attributes, name, row.fields[i]);
    });
    if (Object.keys(attributes).length > 0) project.attributes = attributes;
    return project;
  });
}
