// The plain way to read a Pabulib file, what the streaming byte-level reader is checked against:
// the reference tokenizer, every section kept as strings, ballots made from split strings.
import { referenceRecords, ReferenceSyntaxError, type ReferenceRecord } from '../../csv/testing/reference-tokenizer.ts';
import type { Ballot, Election, PointsEntry } from '../election.ts';
import { PabulibError, parseDecimal } from '../pabulib-csv.ts';
import { assembleElection, prepareSections, type Section, type SectionName } from '../pabulib-reader.ts';
import { setOwn, splitList } from '../pabulib-votes.ts';

function sections(text: string): Record<SectionName, Section> {
  let records: ReferenceRecord[];
  try {
    records = referenceRecords(text, ';');
  } catch (error) {
    if (!(error instanceof ReferenceSyntaxError)) throw error;
    throw new PabulibError(error.line, error.kind === 'unterminated-quote' ? 'quoted field is not closed before the end of the file' : 'unexpected text after a closing quote');
  }
  const found: Partial<Record<SectionName, Section>> = {};
  let current: Section | undefined;
  for (const { fields, line, quoted } of records) {
    if (!quoted && fields.length === 1 && fields[0].trim() === '') continue;
    const marker = fields.length === 1 ? fields[0].trim() : '';
    if (marker === 'META' || marker === 'PROJECTS' || marker === 'VOTES') {
      if (found[marker]) throw new PabulibError(line, `section ${marker} appears twice`);
      current = found[marker] = { headerLine: 0, header: [], rows: [] };
      continue;
    }
    if (!current) throw new PabulibError(line, 'text before the first section (expected META, PROJECTS or VOTES)');
    if (current.headerLine === 0) {
      current.headerLine = line;
      current.header = fields.map((f) => f.trim());
      continue;
    }
    if (fields.length !== current.header.length) throw new PabulibError(line, `expected ${current.header.length} fields as in the header, found ${fields.length}`);
    current.rows.push({ fields, line });
  }
  const lastLine = text.split('\n').length;
  for (const name of ['META', 'PROJECTS', 'VOTES'] as const) {
    if (!found[name]) throw new PabulibError(lastLine, `missing section ${name}`);
    if (found[name].headerLine === 0) throw new PabulibError(lastLine, `section ${name} has no header line`);
  }
  return found as Record<SectionName, Section>;
}

/** Reads a Pabulib text the plain way; the same Election or the same PabulibError as readPabulib. */
export function referencePabulib(text: string): Election {
  const { META, PROJECTS, VOTES } = sections(text);
  const prepared = prepareSections(META, PROJECTS);
  if (prepared instanceof PabulibError) throw prepared;
  const known = new Set(prepared.projects.map((p) => p.id));
  const withPoints = prepared.voteType === 'cumulative' || prepared.voteType === 'scoring';
  const column = (name: string) => {
    const at = VOTES.header.indexOf(name);
    if (at < 0) throw new PabulibError(VOTES.headerLine, `VOTES header lacks the column "${name}"`);
    return at;
  };
  const idAt = VOTES.header.indexOf('voter_id');
  const voteAt = column('vote');
  const pointsAt = withPoints ? column('points') : -1;
  const ballots: Ballot[] = [];
  const voterIds: string[] = [];
  const voterAttributes: Record<string, string>[] = [];
  const seen = new Set<string>();
  for (const { fields, line } of VOTES.rows) {
    if (idAt >= 0) {
      const id = fields[idAt].trim();
      if (seen.has(id)) throw new PabulibError(line, `voter_id "${id}" appears twice`);
      seen.add(id);
      voterIds.push(id);
    }
    const ids = splitList(fields[voteAt]);
    for (const id of ids) if (!known.has(id)) throw new PabulibError(line, `vote names unknown project "${id}"`);
    if (prepared.voteType === 'choose-1' && new Set(ids).size > 1) throw new PabulibError(line, 'a choose-1 ballot names more than one project');
    if (withPoints) {
      const points = splitList(fields[pointsAt]);
      if (ids.length !== points.length) throw new PabulibError(line, `vote lists ${ids.length} projects but points lists ${points.length} values`);
      const entries: PointsEntry[] = [];
      ids.forEach((id, i) => {
        const value = parseDecimal(points[i]);
        if (value === undefined || value < 0) throw new PabulibError(line, `points value "${points[i]}" is not a non-negative number`);
        if (!entries.some((e) => e.id === id)) entries.push({ id, points: value });
      });
      ballots.push(entries);
    } else ballots.push([...new Set(ids)]);
    const attributes: Record<string, string> = {};
    VOTES.header.forEach((name, i) => {
      if (i !== idAt && i !== voteAt && i !== pointsAt && fields[i] !== '') setOwn(attributes, name, fields[i]);
    });
    voterAttributes.push(attributes);
  }
  const anyAttributes = voterAttributes.some((a) => Object.keys(a).length > 0);
  return assembleElection(prepared, { ballots, voterIds, voterAttributes, hasVoterIds: idAt >= 0, anyAttributes });
}
