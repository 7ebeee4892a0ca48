import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { CurrentUser } from '../../../platform/context.ts';
import { stakeholderGroups } from '../groups.ts';
import { codePointLength, normaliseTranscript } from './transcript-units.ts';

/** An interview as the form sends it. The real name is never asked: a pseudonym is. */
export const interviewInput = z.object({
  pseudonym: z.string().trim().min(1).max(80),
  stakeholder_group: z.enum(stakeholderGroups),
  role: z.string().trim().max(200),
  interviewed_on: z.iso.date(),
  guide_version_id: z.string().max(100).transform((v) => v || null),
  consent: z.enum(['analysis', 'quotes']),
  transcript: z.string().max(500_000).transform(normaliseTranscript).pipe(z.string().min(1, 'compass.interview.transcriptRequired')),
});
export type InterviewInput = z.output<typeof interviewInput>;

/** Records an interview (normalised transcript: LF line ends, no byte-order mark). */
export async function createInterview(db: Kysely<Database>, user: CurrentUser, input: InterviewInput): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('compass_interview').values({ id, ...input, created_by: user.id, created_at: now, updated_at: now, withdrawn_at: null }).execute();
    await recordAudit(trx, { userId: user.id }, 'compass.interview.create', { type: 'compass_interview', id });
  });
  return id;
}

/** Changes the scope of consent (quotes may be published, or analysis only). */
export async function setConsent(db: Kysely<Database>, user: CurrentUser, interviewId: string, consent: 'analysis' | 'quotes'): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('compass_interview').set({ consent, updated_at: new Date().toISOString() }).where('id', '=', interviewId).execute();
    await recordAudit(trx, { userId: user.id }, 'compass.interview.consent', { type: 'compass_interview', id: interviewId }, { consent });
  });
}

/**
 * Consent withdrawn: the transcript, its coded segments and memos are deleted; what stays is that an
 * interview took place (pseudonym, group, date), so the researchers know why it is missing.
 */
export async function withdrawInterview(db: Kysely<Database>, user: CurrentUser, interviewId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('compass_memo').where('interview_id', '=', interviewId).execute();
    await trx.deleteFrom('compass_segment').where('interview_id', '=', interviewId).execute();
    const now = new Date().toISOString();
    await trx.updateTable('compass_interview').set({ transcript: '', role: '', withdrawn_at: now, updated_at: now }).where('id', '=', interviewId).execute();
    await recordAudit(trx, { userId: user.id }, 'compass.interview.withdraw', { type: 'compass_interview', id: interviewId });
  });
}

export type CodingOutcome = { ok: true } | { ok: false; code: 'range' | 'codes' | 'withdrawn' };

/**
 * Codes a stretch of transcript: several ranges (code points) with several codes each. A range
 * already coded gains the new codes instead of being doubled.
 */
export async function codeRanges(db: Kysely<Database>, user: CurrentUser, interviewId: string, ranges: { start: number; end: number }[], codeIds: string[]): Promise<CodingOutcome> {
  return db.transaction().execute(async (trx) => {
    const interview = await trx.selectFrom('compass_interview').select(['transcript', 'withdrawn_at']).where('id', '=', interviewId).executeTakeFirst();
    if (!interview || interview.withdrawn_at) return { ok: false, code: 'withdrawn' };
    const length = codePointLength(interview.transcript);
    if (ranges.length === 0 || ranges.some((r) => !(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end > r.start && r.end <= length))) return { ok: false, code: 'range' };
    const known = await trx.selectFrom('compass_code').select('id').where('id', 'in', codeIds.length ? codeIds : ['']).execute();
    if (codeIds.length === 0 || known.length !== new Set(codeIds).size) return { ok: false, code: 'codes' };
    for (const range of ranges) {
      const existing = await trx.selectFrom('compass_segment').select('id').where('interview_id', '=', interviewId).where('start_offset', '=', range.start).where('end_offset', '=', range.end).executeTakeFirst();
      const segmentId = existing?.id ?? randomUUID();
      if (!existing) await trx.insertInto('compass_segment').values({ id: segmentId, interview_id: interviewId, start_offset: range.start, end_offset: range.end, created_by: user.id, created_at: new Date().toISOString() }).execute();
      const has = new Set((await trx.selectFrom('compass_segment_code').select('code_id').where('segment_id', '=', segmentId).execute()).map((r) => r.code_id));
      const adding = [...new Set(codeIds)].filter((c) => !has.has(c));
      if (adding.length) await trx.insertInto('compass_segment_code').values(adding.map((code_id) => ({ segment_id: segmentId, code_id }))).execute();
    }
    return { ok: true };
  });
}

/** Removes a coded segment (and its codes and memos). */
export async function deleteSegment(db: Kysely<Database>, interviewId: string, segmentId: string): Promise<boolean> {
  const result = await db.deleteFrom('compass_segment').where('id', '=', segmentId).where('interview_id', '=', interviewId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Adds a memo to an interview, or to one of its segments. */
export async function addMemo(db: Kysely<Database>, user: CurrentUser, interviewId: string, segmentId: string | null, body: string): Promise<void> {
  await db.insertInto('compass_memo').values({ id: randomUUID(), interview_id: interviewId, segment_id: segmentId, body, created_by: user.id, created_at: new Date().toISOString() }).execute();
}

/** Adds a code to the codebook (under a parent, or at the top). */
export async function addCode(db: Kysely<Database>, input: { parent_id: string | null; name_fr: string; name_en: string; description_fr: string; description_en: string }): Promise<string> {
  const id = randomUUID();
  const last = await db.selectFrom('compass_code').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
  await db.insertInto('compass_code').values({ id, ...input, position: Number(last?.p ?? 0) + 1, seed_key: null, created_at: new Date().toISOString() }).execute();
  return id;
}
