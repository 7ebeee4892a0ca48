import { normaliseBirthDate, normaliseIdentifier, personHmac } from './person-key.ts';

/** A neighbourhood a census row may name: by its slug, its id or its French or English name. */
export interface NeighbourhoodName {
  id: string;
  slug: string;
  name_fr: string;
  name_en: string;
}

/** A refused line of a census file: its number and the catalog key of what is wrong. */
export interface CensusLineError {
  line: number;
  key: string;
}

/** A census file read: either every row as a keyed hash and a neighbourhood id, or the lines that are wrong. */
export type CensusReading = { ok: true; entries: { person_hmac: string; neighbourhood_id: string }[] } | { ok: false; errors: CensusLineError[] };

const HEADER = ['identifier', 'birth_date', 'neighbourhood'];
// Enough lines to tell an election office what to fix, not so many that the page becomes unreadable.
const MAX_REPORTED = 50;

// Census files come from spreadsheets: comma or semicolon separated, fields possibly in double quotes.
function splitLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') quoted = true;
    else if (ch === separator) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

function findNeighbourhood(names: readonly NeighbourhoodName[], value: string): string | null {
  const wanted = value.trim().toLowerCase();
  const hit = names.find((n) => [n.id, n.slug, n.name_fr, n.name_en].some((x) => x.toLowerCase() === wanted));
  return hit?.id ?? null;
}

/**
 * Reads a census file: a header `identifier,birth_date,neighbourhood` (comma or semicolon), then one
 * resident per line. Every line is checked before anything is kept; the identifiers and birth dates
 * leave this function only as keyed hashes.
 */
export function readCensusFile(text: string, key: string, names: readonly NeighbourhoodName[]): CensusReading {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const separator = (lines[0] ?? '').includes(';') ? ';' : ',';
  const header = splitLine(lines[0] ?? '', separator).map((h) => h.toLowerCase());
  if (HEADER.some((h, i) => header[i] !== h)) return { ok: false, errors: [{ line: 1, key: 'verification.census.errors.header' }] };
  const errors: CensusLineError[] = [];
  const entries: { person_hmac: string; neighbourhood_id: string }[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length && errors.length < MAX_REPORTED; i += 1) {
    const line = i + 1;
    if (lines[i].trim() === '') continue;
    const [identifier = '', birth = '', hood = '', ...rest] = splitLine(lines[i], separator);
    const birthDate = normaliseBirthDate(birth);
    const neighbourhoodId = findNeighbourhood(names, hood);
    const clean = normaliseIdentifier(identifier);
    let error: string | null = null;
    if (rest.some((x) => x !== '')) error = 'verification.census.errors.columns';
    else if (clean.length < 4 || clean.length > 64) error = 'verification.census.errors.identifier';
    else if (!birthDate) error = 'verification.census.errors.birthDate';
    else if (!neighbourhoodId) error = 'verification.census.errors.neighbourhood';
    if (error) {
      errors.push({ line, key: error });
      continue;
    }
    const hmac = personHmac(key, clean, birthDate!);
    if (seen.has(hmac)) {
      errors.push({ line, key: 'verification.census.errors.duplicate' });
      continue;
    }
    seen.set(hmac, line);
    entries.push({ person_hmac: hmac, neighbourhood_id: neighbourhoodId! });
  }
  if (errors.length) return { ok: false, errors };
  if (entries.length === 0) return { ok: false, errors: [{ line: 1, key: 'verification.census.errors.empty' }] };
  return { ok: true, entries };
}
