import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { HttpError, notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { localized } from '../../platform/i18n/index.ts';
import { adminOnly, requireAdmin } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { codingsCsv } from './interviews/codings-csv.ts';
import { listGuides } from './interviews/guide-service.ts';
import { codeTree, findInterview, flattenTree, listCodes, listInterviews, listMemos, listSegments, type InterviewRow } from './interviews/interview-queries.ts';
import { addMemo, codeRanges, createInterview, deleteSegment, interviewInput, setConsent, withdrawInterview } from './interviews/interview-service.ts';
import { projectArchive } from './interviews/qdpx-export.ts';
import { importProject } from './interviews/qdpx-import.ts';
import { transcriptUnits } from './interviews/transcript-units.ts';
import { InterviewFormPage } from './views/interview-form-page.tsx';
import { InterviewPage } from './views/interview-page.tsx';
import { InterviewsPage, type ImportReport } from './views/interviews-page.tsx';

/** The interviews (transcripts are for the city's research team only: admins), under `/compass/interviews`. */
export const interviewRoutes = new Hono<AppEnv>();
interviewRoutes.use('*', adminOnly);

async function renderList(c: Context<AppEnv>, report: ImportReport = null, status: 200 | 400 = 200) {
  return c.html(<InterviewsPage ctx={pageContext(c)} interviews={await listInterviews(c.var.deps.db)} report={report} />, status);
}

interviewRoutes.get('/', (c) => renderList(c));

async function guideChoices(c: Context<AppEnv>) {
  const guides = await listGuides(c.var.deps.db);
  return guides.flatMap((g) => g.versions.map((v) => ({ value: v.id, label: `${localized(c.var.locale, g.title_fr, g.title_en)} — v${v.version}` })));
}

const renderNew = async (c: Context<AppEnv>, form: FormState, status: 200 | 400 = 200) => c.html(<InterviewFormPage ctx={pageContext(c)} form={form} guides={await guideChoices(c)} />, status);

interviewRoutes.get('/new', (c) => renderNew(c, emptyForm({ consent: 'analysis', interviewed_on: new Date().toISOString().slice(0, 10) })));

interviewRoutes.post('/new', async (c) => {
  const form = await parseForm(c, interviewInput, c.var.t);
  if (!form.ok) return renderNew(c, form, 400);
  if (form.data.guide_version_id && !(await guideChoices(c)).some((g) => g.value === form.data.guide_version_id)) return renderNew(c, { values: form.values, errors: { guide_version_id: c.var.t('form.invalidChoice') } }, 400);
  const id = await createInterview(c.var.deps.db, requireAdmin(c.var.user), form.data);
  setFlash(c, 'compass.interview.saved');
  return c.redirect(`/compass/interviews/${id}`, 303);
});

interviewRoutes.get('/project.qdpx', async (c) => {
  const { db } = c.var.deps;
  const [interviews, codes, segments, memos] = await Promise.all([listInterviews(db), listCodes(db), listSegments(db), listMemos(db)]);
  const bytes = projectArchive({ name: c.var.t('compass.exchange.projectName'), codes, interviews, segments, memos, exportedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }, c.var.locale);
  c.header('Content-Disposition', 'attachment; filename="cocity-interviews.qdpx"');
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/zip' });
});

interviewRoutes.get('/codings.csv', async (c) => {
  const { db } = c.var.deps;
  const [interviews, codes, segments] = await Promise.all([listInterviews(db), listCodes(db), listSegments(db)]);
  c.header('Content-Disposition', 'attachment; filename="cocity-codings.csv"');
  return c.body(codingsCsv(interviews, segments, codes, c.var.locale), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
});

interviewRoutes.post('/import', async (c) => {
  const body = await c.req.parseBody();
  const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
  if (!file) return renderList(c, { ok: false, errors: [c.var.t('compass.exchange.noFile')] }, 400);
  const outcome = await importProject(c.var.deps.db, requireAdmin(c.var.user), new Uint8Array(await file.arrayBuffer()));
  if (!outcome.ok) return renderList(c, outcome, 400);
  setFlash(c, 'compass.exchange.imported');
  return c.redirect('/compass/interviews', 303);
});

async function loadInterview(c: Context<AppEnv>): Promise<InterviewRow> {
  const interview = await findInterview(c.var.deps.db, c.req.param('id') ?? '');
  if (!interview || interview.withdrawn_at) throw notFound();
  return interview;
}

async function renderInterview(c: Context<AppEnv>, interview: InterviewRow, error: string | null = null, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [codes, segments, memos, guides] = await Promise.all([listCodes(db), listSegments(db, [interview.id]), listMemos(db, [interview.id]), guideChoices(c)]);
  const data = { interview, guideLabel: guides.find((g) => g.value === interview.guide_version_id)?.label ?? null, paragraphs: transcriptUnits(interview.transcript), codes: flattenTree(codeTree(codes)), segments, memos, error };
  return c.html(<InterviewPage ctx={pageContext(c)} data={data} />, status);
}

interviewRoutes.get('/:id', async (c) => renderInterview(c, await loadInterview(c)));

// "12-40" → [12, 40); several ticked units that touch (a space or a line end apart) become one stretch.
function mergeRanges(values: string[]): { start: number; end: number }[] | null {
  const ranges: { start: number; end: number }[] = [];
  for (const v of values) {
    const m = /^(\d{1,7})-(\d{1,7})$/.exec(v);
    if (!m) return null;
    ranges.push({ start: Number(m[1]), end: Number(m[2]) });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

interviewRoutes.post('/:id/segments', async (c) => {
  const interview = await loadInterview(c);
  const values = await readForm(c);
  const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== '');
  const ranges = mergeRanges([...asList(values.units), ...asList(values.selection)]);
  const outcome = ranges ? await codeRanges(c.var.deps.db, requireAdmin(c.var.user), interview.id, ranges, asList(values.codes)) : ({ ok: false, code: 'range' } as const);
  if (!outcome.ok) return renderInterview(c, interview, c.var.t(`compass.coding.error.${outcome.code}`), 400);
  setFlash(c, 'compass.coding.done');
  return c.redirect(`/compass/interviews/${interview.id}#segments`, 303);
});

interviewRoutes.post('/:id/segments/:segmentId/delete', async (c) => {
  const interview = await loadInterview(c);
  if (!(await deleteSegment(c.var.deps.db, interview.id, c.req.param('segmentId')))) throw notFound();
  setFlash(c, 'compass.coding.removed');
  return c.redirect(`/compass/interviews/${interview.id}#segments`, 303);
});

const memoInput = z.object({ body: z.string().trim().min(1).max(10_000), segment_id: z.string().max(100).default('') });

interviewRoutes.post('/:id/memos', async (c) => {
  const interview = await loadInterview(c);
  const form = await parseForm(c, memoInput, c.var.t);
  if (!form.ok) return renderInterview(c, interview, c.var.t('compass.memos.empty'), 400);
  const segmentId = form.data.segment_id || null;
  if (segmentId && !(await listSegments(c.var.deps.db, [interview.id])).some((s) => s.id === segmentId)) return renderInterview(c, interview, c.var.t('form.invalidChoice'), 400);
  await addMemo(c.var.deps.db, requireAdmin(c.var.user), interview.id, segmentId, form.data.body);
  setFlash(c, 'compass.memos.added');
  return c.redirect(`/compass/interviews/${interview.id}`, 303);
});

interviewRoutes.post('/:id/consent', async (c) => {
  const interview = await loadInterview(c);
  const parsed = z.object({ consent: z.enum(['analysis', 'quotes']) }).safeParse(await readForm(c));
  if (!parsed.success) throw new HttpError(400, 'bad_request');
  await setConsent(c.var.deps.db, requireAdmin(c.var.user), interview.id, parsed.data.consent);
  setFlash(c, 'compass.consent.saved');
  return c.redirect(`/compass/interviews/${interview.id}`, 303);
});

interviewRoutes.post('/:id/withdraw', async (c) => {
  const interview = await loadInterview(c);
  await withdrawInterview(c.var.deps.db, requireAdmin(c.var.user), interview.id);
  setFlash(c, 'compass.withdraw.done');
  return c.redirect('/compass/interviews', 303);
});
