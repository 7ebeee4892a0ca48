import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { CompassCodeTable, CompassInterviewTable, CompassMemoTable, CompassSegmentTable } from '../tables.ts';

export type InterviewRow = Selectable<CompassInterviewTable>;
export type CodeRow = Selectable<CompassCodeTable>;
export type MemoRow = Selectable<CompassMemoTable>;
export type SegmentRow = Selectable<CompassSegmentTable> & { codeIds: string[] };

/** Interviews, newest first (withdrawn ones too: the list says so). */
export function listInterviews(db: Kysely<Database>): Promise<InterviewRow[]> {
  return db.selectFrom('compass_interview').selectAll().orderBy('interviewed_on', 'desc').orderBy('pseudonym').execute();
}

export function findInterview(db: Kysely<Database>, id: string): Promise<InterviewRow | undefined> {
  return db.selectFrom('compass_interview').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The codebook in its order (parents before children is not guaranteed: build the tree with codeTree). */
export function listCodes(db: Kysely<Database>): Promise<CodeRow[]> {
  return db.selectFrom('compass_code').selectAll().orderBy('position').orderBy('name_fr').execute();
}

/** Segments with their codes, for some interviews (all when `interviewIds` is omitted). */
export async function listSegments(db: Kysely<Database>, interviewIds?: readonly string[]): Promise<SegmentRow[]> {
  if (interviewIds && interviewIds.length === 0) return [];
  let query = db.selectFrom('compass_segment').selectAll();
  if (interviewIds) query = query.where('interview_id', 'in', interviewIds);
  const segments = await query.orderBy('interview_id').orderBy('start_offset').orderBy('end_offset').execute();
  if (segments.length === 0) return [];
  const links = await db.selectFrom('compass_segment_code').innerJoin('compass_segment', 'compass_segment.id', 'compass_segment_code.segment_id').select(['compass_segment_code.segment_id', 'compass_segment_code.code_id']).$if(interviewIds !== undefined, (q) => q.where('compass_segment.interview_id', 'in', interviewIds!)).execute();
  const codes = new Map<string, string[]>();
  for (const l of links) codes.set(l.segment_id, [...(codes.get(l.segment_id) ?? []), l.code_id]);
  return segments.map((s) => ({ ...s, codeIds: codes.get(s.id) ?? [] }));
}

/** Memos of some interviews (all when omitted), oldest first. */
export function listMemos(db: Kysely<Database>, interviewIds?: readonly string[]): Promise<MemoRow[]> {
  if (interviewIds && interviewIds.length === 0) return Promise.resolve([]);
  let query = db.selectFrom('compass_memo').selectAll();
  if (interviewIds) query = query.where('interview_id', 'in', interviewIds);
  return query.orderBy('created_at').execute();
}

/** A code and its descendants, nested, in the codebook's order. */
export interface CodeNode {
  code: CodeRow;
  children: CodeNode[];
}

/** The codebook as a tree. */
export function codeTree(codes: readonly CodeRow[]): CodeNode[] {
  const nodes = new Map(codes.map((c) => [c.id, { code: c, children: [] as CodeNode[] }]));
  const roots: CodeNode[] = [];
  for (const c of codes) (c.parent_id && nodes.has(c.parent_id) ? nodes.get(c.parent_id)!.children : roots).push(nodes.get(c.id)!);
  return roots;
}

/** Every code with its depth, parents first (the order of forms and tables). */
export function flattenTree(tree: readonly CodeNode[], depth = 0): { code: CodeRow; depth: number }[] {
  return tree.flatMap((n) => [{ code: n.code, depth }, ...flattenTree(n.children, depth + 1)]);
}
