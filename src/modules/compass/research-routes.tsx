import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { localized } from '../../platform/i18n/index.ts';
import { requireAdmin } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { currentAnalysis, latestFindings, publishFindings } from './interviews/findings.ts';
import { parseGuide } from './interviews/guide-format.ts';
import { addGuideVersion, createGuide, listGuides } from './interviews/guide-service.ts';
import { codeTree, flattenTree, listCodes } from './interviews/interview-queries.ts';
import { addCode } from './interviews/interview-service.ts';
import { codebookXml } from './interviews/qdpx-export.ts';
import { importCodebook } from './interviews/qdpx-import.ts';
import { AnalysisPage, FindingsPage } from './views/analysis-page.tsx';
import { CodebookPage } from './views/codebook-page.tsx';
import { GuidesPage } from './views/guides-page.tsx';

/** Guides, codebook and analysis (admins), and the published findings (everyone), under `/compass`. */
export const researchRoutes = new Hono<AppEnv>();
for (const path of ['/guides', '/guides/*', '/codebook', '/codebook/*', '/codebook.qdc', '/analysis', '/analysis/*']) {
  researchRoutes.use(path, async (c, next) => {
    requireAdmin(c.var.user);
    await next();
  });
}

researchRoutes.get('/findings', async (c) => c.html(<FindingsPage ctx={pageContext(c)} findings={await latestFindings(c.var.deps.db)} />));

// Guides: a new guide, or a new version of one; the text format is checked line by line.
const guideBody = z.string().max(50_000);
const newGuide = z.object({ title_fr: z.string().trim().min(1).max(200), title_en: z.string().trim().min(1).max(200), body: guideBody });

async function renderGuides(c: Context<AppEnv>, form: FormState, editingId: string | null, status: 200 | 400 = 200) {
  const guides = await listGuides(c.var.deps.db);
  const editing = editingId ? guides.find((g) => g.id === editingId) : null;
  if (editingId && !editing) throw notFound();
  return c.html(<GuidesPage ctx={pageContext(c)} guides={guides} form={form} editing={editing ?? null} />, status);
}

function guideErrors(c: Context<AppEnv>, body: string): string | null {
  const parsed = parseGuide(body);
  return parsed.ok ? null : parsed.errors.map((e) => c.var.t('compass.guide.error.line', { line: e.line, message: c.var.t(e.message) })).join(' ');
}

researchRoutes.get('/guides', (c) => renderGuides(c, emptyForm(), null));

researchRoutes.post('/guides', async (c) => {
  const form = await parseForm(c, newGuide, c.var.t);
  if (!form.ok) return renderGuides(c, form, null, 400);
  const error = guideErrors(c, form.data.body);
  if (error) return renderGuides(c, { values: form.values, errors: { body: error } }, null, 400);
  await createGuide(c.var.deps.db, requireAdmin(c.var.user), { fr: form.data.title_fr, en: form.data.title_en }, form.data.body);
  setFlash(c, 'compass.guide.saved');
  return c.redirect('/compass/guides', 303);
});

researchRoutes.get('/guides/:id', async (c) => {
  const guide = (await listGuides(c.var.deps.db)).find((g) => g.id === c.req.param('id'));
  if (!guide) throw notFound();
  return renderGuides(c, emptyForm({ body: guide.versions[0].body }), guide.id);
});

researchRoutes.post('/guides/:id', async (c) => {
  const id = c.req.param('id');
  const form = await parseForm(c, z.object({ body: guideBody }), c.var.t);
  if (!form.ok) return renderGuides(c, form, id, 400);
  const error = guideErrors(c, form.data.body);
  if (error) return renderGuides(c, { values: form.values, errors: { body: error } }, id, 400);
  if (!(await listGuides(c.var.deps.db)).some((g) => g.id === id)) throw notFound();
  await addGuideVersion(c.var.deps.db, requireAdmin(c.var.user), id, form.data.body);
  setFlash(c, 'compass.guide.saved');
  return c.redirect('/compass/guides', 303);
});

// The codebook.
const codeInput = z.object({
  parent_id: z.string().max(100).transform((v) => v || null),
  name_fr: z.string().trim().min(1).max(120),
  name_en: z.string().trim().max(120),
  description_fr: z.string().trim().max(2000),
  description_en: z.string().trim().max(2000),
});

async function renderCodebook(c: Context<AppEnv>, form: FormState, importErrors: string[] = [], status: 200 | 400 = 200) {
  const codes = await listCodes(c.var.deps.db);
  const tree = codeTree(codes);
  const parents = flattenTree(tree).map(({ code, depth }) => ({ value: code.id, label: `${'— '.repeat(depth)}${localized(c.var.locale, code.name_fr, code.name_en)}` }));
  return c.html(<CodebookPage ctx={pageContext(c)} tree={tree} parents={parents} form={form} importErrors={importErrors} />, status);
}

researchRoutes.get('/codebook', (c) => renderCodebook(c, emptyForm()));

researchRoutes.post('/codebook', async (c) => {
  const form = await parseForm(c, codeInput, c.var.t);
  if (!form.ok) return renderCodebook(c, form, [], 400);
  if (form.data.parent_id && !(await listCodes(c.var.deps.db)).some((x) => x.id === form.data.parent_id)) return renderCodebook(c, { values: form.values, errors: { parent_id: c.var.t('form.invalidChoice') } }, [], 400);
  await addCode(c.var.deps.db, { ...form.data, name_en: form.data.name_en || form.data.name_fr, description_en: form.data.description_en || form.data.description_fr });
  setFlash(c, 'compass.code.saved');
  return c.redirect('/compass/codebook', 303);
});

researchRoutes.post('/codebook/import', async (c) => {
  const body = await c.req.parseBody();
  const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
  if (!file) return renderCodebook(c, emptyForm(), [c.var.t('compass.exchange.noFile')], 400);
  const outcome = await importCodebook(c.var.deps.db, requireAdmin(c.var.user), await file.text());
  if (!outcome.ok) return renderCodebook(c, emptyForm(), outcome.errors, 400);
  setFlash(c, 'compass.exchange.imported');
  return c.redirect('/compass/codebook', 303);
});

researchRoutes.get('/codebook.qdc', async (c) => {
  c.header('Content-Disposition', 'attachment; filename="cocity-codebook.qdc"');
  return c.body(codebookXml(await listCodes(c.var.deps.db), c.var.locale), 200, { 'Content-Type': 'application/xml; charset=utf-8' });
});

// The analysis and its publication.
researchRoutes.get('/analysis', async (c) => {
  const { analysis, codes } = await currentAnalysis(c.var.deps.db);
  return c.html(<AnalysisPage ctx={pageContext(c)} analysis={analysis} codes={flattenTree(codeTree(codes))} />);
});

researchRoutes.post('/analysis/publish', async (c) => {
  await readForm(c);
  await publishFindings(c.var.deps, requireAdmin(c.var.user));
  setFlash(c, 'compass.analysis.published');
  return c.redirect('/compass/findings', 303);
});
