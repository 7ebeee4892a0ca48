import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm } from '../../platform/form.ts';
import { enforceRateLimit, type RateRule } from '../../platform/rate-limit.ts';
import { requireResident } from '../../platform/session.ts';
import { pageContext } from '../../web/layout.tsx';
import { loadDashboard } from './dashboard.ts';
import { algorithmJson, sensorJson, toCsv } from './export.ts';
import { registerFeed } from './feed.ts';
import type { EntryType } from './fields.ts';
import { entryManagementRoutes } from './manage-routes.tsx';
import { loadEntryPage, type EntryPageData } from './page-data.ts';
import { editableDepartmentIds, findQuestionEntry, findSensor, listAlgorithms, listSensors, loadLookups, type AlgorithmFilters, type AlgorithmRow, type SensorFilters, type SensorRow } from './queries.ts';
import { mailDepartmentOfQuestion } from './question-mail.ts';
import { answerQuestion, askQuestion } from './service.ts';
import { AlgorithmListPage } from './views/algorithm-list-page.tsx';
import { AlgorithmPage } from './views/algorithm-page.tsx';
import { DashboardPage } from './views/dashboard-page.tsx';
import { RegistersHomePage } from './views/home-page.tsx';
import { SensorListPage } from './views/sensor-list-page.tsx';
import { sensorMap } from './sensor-map.ts';
import { entryName } from './present.ts';
import { drawLocator, loadCityMap } from '../geography/index.ts';
import { SensorPage } from './views/sensor-page.tsx';
import { SignPage } from './views/sign-page.tsx';

const signStylesheet = readFileSync(new URL('./sign.css', import.meta.url), 'utf8');

/** Public pages of the registers, mounted at `/registers` (entry forms come from manage-routes). */
export const registerRoutes = new Hono<AppEnv>();

const filterText = (c: Context<AppEnv>, name: string) => (c.req.query(name) ?? '').trim().slice(0, 100) || undefined;
const yesNo = (v: string | undefined) => (v === 'yes' || v === 'no' ? v : undefined);
const questionForm = z.object({ kind: z.enum(['question', 'contest']), body: z.string().trim().min(10).max(2000) });
// A resident may ask a few questions an hour: enough for real use, not for flooding a department.
const questionRule: RateRule = { name: 'register-question', limit: 10, windowSeconds: 3600 };
const answerForm = z.object({ answer: z.string().trim().min(2).max(4000) });

async function canEditSomething(c: Context<AppEnv>): Promise<boolean> {
  return c.var.user?.emailVerified === true && (await editableDepartmentIds(c.var.deps.db, c.var.user)).length > 0;
}

/** Renders the page of an entry of either kind. */
async function renderEntry(c: Context<AppEnv>, data: EntryPageData, status: 200 | 400 = 200) {
  const ctx = pageContext(c);
  if (data.type !== 'sensor') return c.html(<AlgorithmPage ctx={ctx} data={data as EntryPageData<AlgorithmRow>} />, status);
  const sensor = data.entry as SensorRow;
  const city = await loadCityMap(c.var.deps.db, c.var.locale);
  const locator = city ? drawLocator(c.var.t, city, { id: 'sensor-locator', label: entryName(c.var.locale, sensor), latitude: sensor.latitude, longitude: sensor.longitude, neighbourhoodId: sensor.neighbourhood_id }) : null;
  return c.html(<SensorPage ctx={ctx} data={data as EntryPageData<SensorRow>} locator={locator} />, status);
}

registerRoutes.get('/sign.css', (c) => {
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(signStylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
});

registerRoutes.get('/', async (c) => {
  const { db } = c.var.deps;
  const [sensors, algorithms] = await Promise.all([listSensors(db), listAlgorithms(db)]);
  return c.html(<RegistersHomePage ctx={pageContext(c)} sensors={sensors.length} algorithms={algorithms.length} canEdit={await canEditSomething(c)} />);
});

registerRoutes.get('/sensors', async (c) => {
  const filters: SensorFilters = { q: filterText(c, 'q'), neighbourhood: filterText(c, 'neighbourhood'), purpose: filterText(c, 'purpose'), personal: yesNo(c.req.query('personal')), status: filterText(c, 'status') };
  const [rows, lookups, city] = await Promise.all([listSensors(c.var.deps.db, filters), loadLookups(c.var.deps.db), loadCityMap(c.var.deps.db, c.var.locale)]);
  const map = city ? sensorMap(c.var.t, c.var.locale, city, rows) : null;
  return c.html(<SensorListPage ctx={pageContext(c)} rows={rows} filters={filters} lookups={lookups} canEdit={await canEditSomething(c)} map={map} />);
});

registerRoutes.get('/algorithms', async (c) => {
  const filters: AlgorithmFilters = { q: filterText(c, 'q'), status: filterText(c, 'status'), risk: filterText(c, 'risk'), autonomy: filterText(c, 'autonomy'), personal: yesNo(c.req.query('personal')) };
  const rows = await listAlgorithms(c.var.deps.db, filters);
  return c.html(<AlgorithmListPage ctx={pageContext(c)} rows={rows} filters={filters} canEdit={await canEditSomething(c)} />);
});

for (const type of ['sensor', 'algorithm'] as const) {
  registerRoutes.get(`/${type}s.json`, async (c) => {
    const { db, config } = c.var.deps;
    const lookups = await loadLookups(db);
    const body = type === 'sensor' ? { sensors: (await listSensors(db)).map((r) => sensorJson(r, lookups, config.baseUrl)) } : { algorithms: (await listAlgorithms(db)).map((r) => algorithmJson(r, lookups, config.baseUrl)) };
    c.header('Content-Disposition', `attachment; filename="${type}s.json"`);
    return c.json(body);
  });
  registerRoutes.get(`/${type}s.csv`, async (c) => {
    const { db, config } = c.var.deps;
    const [rows, lookups] = await Promise.all([type === 'sensor' ? listSensors(db) : listAlgorithms(db), loadLookups(db)]);
    c.header('Content-Disposition', `attachment; filename="${type}s.csv"`);
    return c.body(toCsv(type, rows, lookups, config.baseUrl, c.var.locale), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
}

registerRoutes.get('/dashboard', async (c) => {
  const { db } = c.var.deps;
  const [d, lookups] = await Promise.all([loadDashboard(db), loadLookups(db)]);
  return c.html(<DashboardPage ctx={pageContext(c)} d={d} lookups={lookups} />);
});

registerRoutes.get('/feed.atom', async (c) => {
  const xml = await registerFeed(c.var.deps.db, c.var.deps.config.baseUrl, c.var.locale, c.var.t);
  return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
});

registerRoutes.route('/', entryManagementRoutes);

registerRoutes.get('/sensors/:id/sign', async (c) => {
  const { db, config } = c.var.deps;
  const row = await findSensor(db, c.req.param('id'));
  if (!row) return c.notFound();
  const url = `${config.baseUrl}/registers/sensors/${row.id}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  const size = c.req.query('size') === 'a5' ? 'a5' : 'a4';
  return c.html(<SignPage ctx={pageContext(c)} row={row} lookups={await loadLookups(db)} url={url} qrSvg={qrSvg} size={size} />);
});

for (const type of ['sensor', 'algorithm'] as const satisfies EntryType[]) {
  registerRoutes.get(`/${type}s/:id`, async (c) => renderEntry(c, await loadEntryPage(c, type, c.req.param('id'))));

  registerRoutes.post(`/${type}s/:id/questions`, async (c) => {
    const resident = requireResident(c.var.user);
    const id = c.req.param('id');
    const form = await parseForm(c, questionForm, c.var.t);
    if (form.ok) await enforceRateLimit(c, questionRule, resident.id);
    if (!form.ok) return renderEntry(c, { ...(await loadEntryPage(c, type, id)), questionForm: { values: form.values, errors: form.errors } }, 400);
    const { id: questionId } = await askQuestion(c.var.deps.db, c.var.user, type, id, form.data);
    await mailDepartmentOfQuestion(c.var.deps, type, id, questionId, form.data.body);
    setFlash(c, 'registers.flash.asked');
    return c.redirect(`/registers/${type}s/${id}#question-${questionId}`, 303);
  });
}

registerRoutes.post('/questions/:id/answer', async (c) => {
  const { db } = c.var.deps;
  requireResident(c.var.user);
  const questionId = c.req.param('id');
  const form = await parseForm(c, answerForm, c.var.t);
  const result = form.ok ? await answerQuestion(db, c.var.user, questionId, form.data.answer) : null;
  if (result?.ok) {
    setFlash(c, 'registers.flash.answered');
    return c.redirect(`/registers/${result.value.type}s/${result.value.entryId}#question-${questionId}`, 303);
  }
  const question = await findQuestionEntry(db, questionId);
  if (!question) return c.notFound();
  const errors = form.ok ? Object.fromEntries(Object.entries(result && !result.ok ? result.errors : {}).map(([k, v]) => [k, c.var.t(v)])) : form.errors;
  const data = await loadEntryPage(c, question.entry_type === 'algorithm' ? 'algorithm' : 'sensor', question.entry_id);
  return renderEntry(c, { ...data, answerForm: { questionId, state: { values: form.values, errors } } }, 400);
});
