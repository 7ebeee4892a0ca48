// Reads Pabulib `.pb` text into an Election; any problem throws a PabulibError naming the line.
import { VOTE_TYPES, type Ballot, type Election, type PointsEntry, type Project, type VoteType } from './election.ts';
import { PabulibError, parseDecimal, splitRecords, type CsvRecord } from './pabulib-csv.ts';

type SectionName = 'META' | 'PROJECTS' | 'VOTES';
interface Section {
  headerLine: number;
  header: string[];
  rows: CsvRecord[];
}

// PROJECTS columns that map onto typed Project fields; everything else is kept in `attributes`.
const PROJECT_FIELDS: Record<string, 'name' | 'category' | 'neighbourhood'> = {
  name: 'name',
  category: 'category',
  neighbourhood: 'neighbourhood',
  neighborhood: 'neighbourhood',
};
// META keys that are typed fields of Election or derived from the sections.
const DERIVED_META = new Set(['budget', 'vote_type', 'num_projects', 'num_votes']);

/** Parses a Pabulib file; throws PabulibError (with line number) on malformed input, never returns partial data. */
export function readPabulib(text: string): Election {
  const sections = splitSections(text);
  const meta = readMeta(sections.META);
  const budget = requireNumber(meta, 'budget', sections.META);
  const voteType = meta.get('vote_type')?.value.trim();
  if (!voteType || !(VOTE_TYPES as readonly string[]).includes(voteType)) {
    const where = meta.get('vote_type')?.line ?? sections.META.headerLine;
    throw new PabulibError(where, `META vote_type must be one of ${VOTE_TYPES.join(', ')} (got "${voteType ?? ''}")`);
  }
  const projects = readProjects(sections.PROJECTS);
  const votes = readVotes(sections.VOTES, voteType as VoteType, new Set(projects.map((p) => p.id)));
  checkCount(meta, 'num_projects', projects.length);
  checkCount(meta, 'num_votes', votes.ballots.length);
  const election: Election = { budget, voteType: voteType as VoteType, projects, ballots: votes.ballots };
  if (votes.voterIds) election.voterIds = votes.voterIds;
  if (votes.voterAttributes) election.voterAttributes = votes.voterAttributes;
  const rest: Record<string, string> = {};
  for (const [key, entry] of meta) if (!DERIVED_META.has(key)) setOwn(rest, key, entry.value);
  if (Object.keys(rest).length > 0) election.meta = rest;
  return election;
}

function splitSections(text: string): Record<SectionName, Section> {
  const found: Partial<Record<SectionName, Section>> = {};
  let current: Section | undefined;
  for (const record of splitRecords(text)) {
    const { fields, line } = record;
    if (record.blank) continue;
    const marker = fields.length === 1 ? fields[0].trim() : '';
    if (marker === 'META' || marker === 'PROJECTS' || marker === 'VOTES') {
      if (found[marker]) throw new PabulibError(line, `section ${marker} appears twice`);
      current = { headerLine: 0, header: [], rows: [] };
      found[marker] = current;
      continue;
    }
    if (!current) throw new PabulibError(line, 'text before the first section (expected META, PROJECTS or VOTES)');
    if (current.headerLine === 0) {
      current.headerLine = line;
      current.header = fields.map((f) => f.trim());
      continue;
    }
    if (fields.length !== current.header.length) {
      throw new PabulibError(line, `expected ${current.header.length} fields as in the header, found ${fields.length}`);
    }
    current.rows.push(record);
  }
  const lastLine = text.split('\n').length;
  for (const name of ['META', 'PROJECTS', 'VOTES'] as const) {
    const section = found[name];
    if (!section) throw new PabulibError(lastLine, `missing section ${name}`);
    if (section.headerLine === 0) throw new PabulibError(lastLine, `section ${name} has no header line`);
  }
  return found as Record<SectionName, Section>;
}

function column(section: Section, name: string, sectionName: SectionName): number {
  const index = section.header.indexOf(name);
  if (index < 0) throw new PabulibError(section.headerLine, `${sectionName} header lacks the column "${name}"`);
  return index;
}

function readMeta(section: Section): Map<string, { value: string; line: number }> {
  const keyAt = column(section, 'key', 'META');
  const valueAt = column(section, 'value', 'META');
  const meta = new Map<string, { value: string; line: number }>();
  for (const row of section.rows) {
    const key = row.fields[keyAt].trim();
    if (meta.has(key)) throw new PabulibError(row.line, `META key "${key}" appears twice`);
    meta.set(key, { value: row.fields[valueAt], line: row.line });
  }
  return meta;
}

function requireNumber(meta: Map<string, { value: string; line: number }>, key: string, section: Section): number {
  const entry = meta.get(key);
  if (!entry) throw new PabulibError(section.headerLine, `META lacks "${key}"`);
  const value = parseDecimal(entry.value);
  if (value === undefined || value < 0) throw new PabulibError(entry.line, `META ${key} is not a non-negative number: "${entry.value}"`);
  return value;
}

function checkCount(meta: Map<string, { value: string; line: number }>, key: string, actual: number): void {
  const entry = meta.get(key);
  if (!entry) return;
  // A mismatch usually means a truncated file: refuse it rather than count part of the ballots.
  if (parseDecimal(entry.value) !== actual) {
    throw new PabulibError(entry.line, `META ${key} says ${entry.value.trim()} but the file has ${actual}`);
  }
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

function readVotes(section: Section, voteType: VoteType, projectIds: Set<string>) {
  const idAt = section.header.indexOf('voter_id');
  const voteAt = column(section, 'vote', 'VOTES');
  const withPoints = voteType === 'cumulative' || voteType === 'scoring';
  const pointsAt = withPoints ? column(section, 'points', 'VOTES') : -1;
  const ballots: Ballot[] = [];
  const voterIds: string[] = [];
  const voterAttributes: Record<string, string>[] = [];
  let anyAttributes = false;
  const seenVoters = new Set<string>();
  for (const row of section.rows) {
    if (idAt >= 0) {
      const voterId = row.fields[idAt].trim();
      if (seenVoters.has(voterId)) throw new PabulibError(row.line, `voter_id "${voterId}" appears twice`);
      seenVoters.add(voterId);
      voterIds.push(voterId);
    }
    const ids = splitList(row.fields[voteAt]);
    for (const id of ids) if (!projectIds.has(id)) throw new PabulibError(row.line, `vote names unknown project "${id}"`);
    if (voteType === 'choose-1' && new Set(ids).size > 1) throw new PabulibError(row.line, 'a choose-1 ballot names more than one project');
    ballots.push(withPoints ? pointsBallot(ids, splitList(row.fields[pointsAt]), row.line) : dedupe(ids));
    const attributes: Record<string, string> = {};
    section.header.forEach((name, i) => {
      if (i !== idAt && i !== voteAt && i !== pointsAt && row.fields[i] !== '') setOwn(attributes, name, row.fields[i]);
    });
    if (Object.keys(attributes).length > 0) anyAttributes = true;
    voterAttributes.push(attributes);
  }
  return {
    ballots,
    voterIds: idAt >= 0 ? voterIds : undefined,
    voterAttributes: anyAttributes ? voterAttributes : undefined,
  };
}

function splitList(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(',').map((s) => s.trim());
}

// A ballot listing a project twice counts it once; the first mention keeps its rank and points.
function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}

function pointsBallot(ids: string[], points: string[], line: number): PointsEntry[] {
  if (ids.length !== points.length) throw new PabulibError(line, `vote lists ${ids.length} projects but points lists ${points.length} values`);
  const out: PointsEntry[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const value = parseDecimal(points[i]);
    if (value === undefined || value < 0) throw new PabulibError(line, `points value "${points[i]}" is not a non-negative number`);
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, points: value });
  });
  return out;
}

// Keys come from the file: a key such as "__proto__" must become a plain entry, not a prototype.
function setOwn(record: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
