import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { CurrentUser } from '../../../platform/context.ts';
import { isStakeholderGroup } from '../groups.ts';
import { readCodebook, readProjectArchive, QdaReadError, type ReadCode, type ReadProject } from './qdpx-read.ts';
import { codePointLength, normaliseTranscript } from './transcript-units.ts';

export type ImportOutcome = { ok: true; codes: number; interviews: number; segments: number } | { ok: false; errors: string[] };

const sameName = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'accent' }) === 0;

// Codes are merged by name under the same parent (in either language), so importing a codebook twice adds nothing.
async function mergeCodes(trx: Kysely<Database>, codes: ReadCode[], parentId: string | null, ids: Map<string, string>, counter: { added: number }): Promise<void> {
  const siblings = await trx.selectFrom('compass_code').select(['id', 'name_fr', 'name_en']).where((eb) => (parentId ? eb('parent_id', '=', parentId) : eb('parent_id', 'is', null))).execute();
  for (const code of codes) {
    let id = siblings.find((s) => sameName(s.name_fr, code.name) || sameName(s.name_en, code.name))?.id;
    if (!id) {
      id = randomUUID();
      const last = await trx.selectFrom('compass_code').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
      await trx.insertInto('compass_code').values({ id, parent_id: parentId, name_fr: code.name, name_en: code.name, description_fr: code.description, description_en: code.description, position: Number(last?.p ?? 0) + 1, seed_key: null, created_at: new Date().toISOString() }).execute();
      siblings.push({ id, name_fr: code.name, name_en: code.name });
      counter.added += 1;
    }
    ids.set(code.guid, id);
    await mergeCodes(trx, code.children, id, ids, counter);
  }
}

function checkCodes(codes: ReadCode[], errors: string[]): void {
  for (const c of codes) {
    if (!c.name) errors.push(`code ${c.guid || '(no guid)'}: no name`);
    checkCodes(c.children, errors);
  }
}

// Everything is checked before anything is written: one bad selection refuses the whole file.
function checkProject(project: ReadProject, codeGuids: Set<string>): string[] {
  const errors: string[] = [];
  checkCodes(project.codes, errors);
  for (const s of project.sources) {
    const label = `source "${s.name || s.guid}"`;
    const group = project.variables.get(s.guid)?.stakeholderGroup ?? '';
    if (!isStakeholderGroup(group)) errors.push(`${label}: the case variable stakeholderGroup is "${group}", not one of city, associations, businesses, residents, other-organisations`);
    const consent = project.variables.get(s.guid)?.consent ?? 'analysis';
    if (consent !== 'analysis' && consent !== 'quotes') errors.push(`${label}: the case variable consent is "${consent}", not analysis or quotes`);
    const length = codePointLength(s.text);
    for (const sel of s.selections) {
      if (!(Number.isInteger(sel.start) && Number.isInteger(sel.end) && sel.start >= 0 && sel.end > sel.start && sel.end <= length)) errors.push(`${label}, selection ${sel.guid}: positions ${sel.start}–${sel.end} are outside the text (${length} characters)`);
      for (const g of sel.codeGuids) if (!codeGuids.has(g)) errors.push(`${label}, selection ${sel.guid}: code ${g} is not in the codebook`);
    }
  }
  return errors;
}

const allGuids = (codes: ReadCode[]): string[] => codes.flatMap((c) => [c.guid, ...allGuids(c.children)]);

/** Imports a REFI-QDA project (.qdpx): codes merged into the codebook, each text source an interview with its segments and memos. */
export async function importProject(db: Kysely<Database>, user: CurrentUser, bytes: Uint8Array): Promise<ImportOutcome> {
  let project: ReadProject;
  try {
    project = readProjectArchive(bytes);
  } catch (err) {
    if (err instanceof QdaReadError) return { ok: false, errors: [err.message] };
    throw err;
  }
  const errors = checkProject(project, new Set(allGuids(project.codes)));
  if (errors.length) return { ok: false, errors };
  return db.transaction().execute(async (trx) => {
    const ids = new Map<string, string>();
    const counter = { added: 0 };
    await mergeCodes(trx, project.codes, null, ids, counter);
    let segments = 0;
    const now = new Date().toISOString();
    for (const s of project.sources) {
      const vars = project.variables.get(s.guid) ?? {};
      const interviewId = randomUUID();
      const date = /^\d{4}-\d{2}-\d{2}/.test(vars.interviewDate ?? '') ? vars.interviewDate.slice(0, 10) : (s.createdAt ?? now).slice(0, 10);
      // The text is kept as the file gives it (only a byte-order mark is dropped) so the selections' positions still hold.
      await trx
        .insertInto('compass_interview')
        .values({ id: interviewId, pseudonym: (project.caseNames.get(s.guid) ?? s.name) || 'Interview', stakeholder_group: vars.stakeholderGroup, role: vars.role ?? '', interviewed_on: date, guide_version_id: null, consent: vars.consent ?? 'analysis', transcript: s.text.replace(/^\uFEFF/, ''), created_by: user.id, created_at: now, updated_at: now, withdrawn_at: null })
        .execute();
      for (const sel of s.selections) {
        const segmentId = randomUUID();
        await trx.insertInto('compass_segment').values({ id: segmentId, interview_id: interviewId, start_offset: sel.start, end_offset: sel.end, created_by: user.id, created_at: now }).execute();
        const codeIds = [...new Set(sel.codeGuids.map((g) => ids.get(g)!))];
        if (codeIds.length) await trx.insertInto('compass_segment_code').values(codeIds.map((code_id) => ({ segment_id: segmentId, code_id }))).execute();
        for (const n of sel.noteGuids) if (project.notes.has(n)) await trx.insertInto('compass_memo').values({ id: randomUUID(), interview_id: interviewId, segment_id: segmentId, body: project.notes.get(n)!, created_by: user.id, created_at: now }).execute();
        segments += 1;
      }
      for (const n of s.noteGuids) if (project.notes.has(n)) await trx.insertInto('compass_memo').values({ id: randomUUID(), interview_id: interviewId, segment_id: null, body: project.notes.get(n)!, created_by: user.id, created_at: now }).execute();
    }
    await recordAudit(trx, { userId: user.id }, 'compass.interviews.import', { type: 'compass_interview' }, { codes: counter.added, interviews: project.sources.length, segments });
    return { ok: true, codes: counter.added, interviews: project.sources.length, segments };
  });
}

/** Imports a REFI-QDA codebook (.qdc) into the codebook, merging codes by name. */
export async function importCodebook(db: Kysely<Database>, user: CurrentUser, xml: string): Promise<ImportOutcome> {
  let codes: ReadCode[];
  try {
    codes = readCodebook(normaliseTranscript(xml));
  } catch (err) {
    if (err instanceof QdaReadError) return { ok: false, errors: [err.message] };
    throw err;
  }
  const errors: string[] = [];
  checkCodes(codes, errors);
  if (errors.length) return { ok: false, errors };
  return db.transaction().execute(async (trx) => {
    const counter = { added: 0 };
    await mergeCodes(trx, codes, null, new Map(), counter);
    await recordAudit(trx, { userId: user.id }, 'compass.codebook.import', { type: 'compass_code' }, { codes: counter.added });
    return { ok: true, codes: counter.added, interviews: 0, segments: 0 };
  });
}
