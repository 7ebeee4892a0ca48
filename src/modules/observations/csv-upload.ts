import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { csvRecords, CsvRecordError } from '../../web/csv-records.ts';
import { storeObservations, type DeviceSource, type IngestResult } from './ingest.ts';
import { fileAlreadyUploaded } from './log.ts';
import { models } from './models.ts';
import { parseEntity, type ParsedObservation, type Rejection } from './parse-entity.ts';

/** Limits of one upload: past them the whole file is refused, nothing kept. */
export const MAX_CSV_BYTES = 5_000_000;
export const MAX_CSV_ROWS = 50_000;

const FIXED = ['id', 'type', 'refDevice', 'dateObserved'];
const attributes = new Set(Object.values(models).flatMap((m) => m.measures.map((x) => x.attribute)));

/** Why a whole file was refused: a stable code and the sentence for the person who sent it. */
export interface FileRefusal {
  code: 'too_large' | 'too_many_rows' | 'bad_header' | 'bad_csv' | 'already_uploaded' | 'empty';
  message: string;
}

// A cell as the entity carries it: numbers as numbers, words (a parking status) as words, empty as absent.
const cellValue = (raw: string): unknown => {
  const text = raw.trim();
  if (text === '') return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : text;
};

/** Reads an upload: each row becomes a key-values entity checked like a notification's, refusals carry their line. */
export function readObservationCsv(text: string, now: number): { parsed: ParsedObservation[]; rejected: Rejection[]; refs: Map<Rejection, string> } | FileRefusal {
  const records = csvRecords(text);
  let header: string[] | undefined;
  const parsed: ParsedObservation[] = [];
  const rejected: Rejection[] = [];
  const refs = new Map<Rejection, string>();
  try {
    for (const { line, fields } of records) {
      if (!header) {
        header = fields.map((f) => f.trim());
        const unknown = header.filter((h) => !FIXED.includes(h) && !attributes.has(h));
        const missing = ['id', 'type', 'dateObserved'].filter((h) => !header!.includes(h));
        if (unknown.length || missing.length) return { code: 'bad_header', message: `Line 1: ${[...missing.map((m) => `column ${m} is missing`), ...unknown.map((u) => `column "${u}" is not an attribute of the accepted models`)].join('; ')}.` };
        continue;
      }
      if (parsed.length + rejected.length >= MAX_CSV_ROWS) return { code: 'too_many_rows', message: `More than ${MAX_CSV_ROWS.toLocaleString('en')} rows: split the file.` };
      const entity: Record<string, unknown> = {};
      header.forEach((name, i) => {
        const value = FIXED.includes(name) ? fields[i]?.trim() || undefined : cellValue(fields[i] ?? '');
        if (value !== undefined) entity[name] = value;
      });
      const outcome = parseEntity(entity, now);
      if (outcome.ok) parsed.push({ ...outcome.observation, line });
      else {
        const rejection = { ...outcome.rejection, line };
        rejected.push(rejection);
        if (typeof entity.refDevice === 'string') refs.set(rejection, entity.refDevice);
      }
    }
  } catch (error) {
    if (error instanceof CsvRecordError) return { code: 'bad_csv', message: `Line ${error.line}: a quoted field is never closed.` };
    throw error;
  }
  if (!header || parsed.length + rejected.length === 0) return { code: 'empty', message: 'The file holds no row under its header line.' };
  return { parsed, rejected, refs };
}

/**
 * Ingests an uploaded CSV file: bad rows are refused with their line and reason, the others kept, in one
 * transaction. The same file twice (within the log's 30 days) is refused as a whole: its rows may be older
 * than the 48 hours the idempotency keys are kept.
 */
export async function ingestCsv(db: Kysely<Database>, text: string, source: DeviceSource, now = Date.now()): Promise<{ ok: true; result: IngestResult } | { ok: false; refusal: FileRefusal }> {
  if (Buffer.byteLength(text) > MAX_CSV_BYTES) return { ok: false, refusal: { code: 'too_large', message: `The file is larger than ${MAX_CSV_BYTES / 1_000_000} MB: split it.` } };
  const fileHash = createHash('sha256').update(text).digest('hex');
  if (await fileAlreadyUploaded(db, fileHash)) return { ok: false, refusal: { code: 'already_uploaded', message: 'This file was already uploaded: its rows were counted then.' } };
  const read = readObservationCsv(text, now);
  if ('code' in read) return { ok: false, refusal: read };
  try {
    const result = await storeObservations(db, read.parsed, read.rejected, source, now, { source: 'csv', fileHash, refOf: (r) => read.refs.get(r) ?? null });
    return { ok: true, result };
  } catch (error) {
    // The same file sent twice at once: the second finds the first's hash at its commit.
    if (isUniqueViolation(error)) return { ok: false, refusal: { code: 'already_uploaded', message: 'This file was already uploaded: its rows were counted then.' } };
    throw error;
  }
}
