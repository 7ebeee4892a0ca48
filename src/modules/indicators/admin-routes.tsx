import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, type FormValues } from '../../platform/form.ts';
import { adminOnly } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listAreas } from './areas.ts';
import { createIndicator, enterValue, indicatorSchema, newIndicatorSchema, updateIndicator, valueSchema } from './catalogue-service.ts';
import { importIndicatorValues } from './import-service.ts';
import { findIndicator, listIndicators, type IndicatorRow } from './queries.ts';
import { AdminIndicatorsPage, type ImportRefusal } from './views/admin-page.tsx';
import { IndicatorFormPage } from './views/indicator-form-page.tsx';

/** The admins' pages of the indicators, under `/admin/indicators`. */
export const indicatorAdminRoutes = new Hono<AppEnv>();
indicatorAdminRoutes.use('*', adminOnly);

async function renderAdmin(c: Context<AppEnv>, forms: { importForm?: FormState; refusal?: ImportRefusal; valueForm?: FormState } = {}, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [indicators, areas] = await Promise.all([listIndicators(db), listAreas(db)]);
  return c.html(
    <AdminIndicatorsPage ctx={pageContext(c)} indicators={indicators} areas={areas} importForm={forms.importForm ?? emptyForm()} refusal={forms.refusal ?? null} valueForm={forms.valueForm ?? emptyForm({ area: 'city' })} />,
    status,
  );
}

indicatorAdminRoutes.get('/', (c) => renderAdmin(c));

indicatorAdminRoutes.post('/import', async (c) => {
  const body = await c.req.parseBody();
  const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
  const pasted = typeof body.csv === 'string' ? body.csv : '';
  const importForm = emptyForm({ csv: pasted });
  if (!file && pasted.trim() === '') return renderAdmin(c, { importForm: { values: { csv: '' }, errors: { csv: c.var.t('indicators.import.nothing') } } }, 400);
  const text = file ? await file.text() : pasted;
  const outcome = await importIndicatorValues(c.var.deps, text, c.var.user!.id);
  if (!outcome.ok) return renderAdmin(c, { importForm, refusal: outcome }, 400);
  setFlash(c, 'indicators.import.done');
  return c.redirect(`/admin/indicators?imported=${outcome.imported}`, 303);
});

indicatorAdminRoutes.post('/values', async (c) => {
  const { db } = c.var.deps;
  const form = await parseForm(c, valueSchema, c.var.t);
  if (!form.ok) return renderAdmin(c, { valueForm: form }, 400);
  const [indicator, areas] = await Promise.all([findIndicator(db, form.data.indicator), listAreas(db)]);
  const errors: Record<string, string> = {};
  if (!indicator) errors.indicator = c.var.t('form.invalidChoice');
  if (!areas.some((a) => a.key === form.data.area)) errors.area = c.var.t('form.invalidChoice');
  if (Object.keys(errors).length) return renderAdmin(c, { valueForm: { values: form.values, errors } }, 400);
  await enterValue(db, c.var.user!.id, form.data);
  setFlash(c, 'indicators.enter.done');
  return c.redirect('/admin/indicators', 303);
});

const formValues = (i: IndicatorRow): FormValues => Object.fromEntries(Object.entries(i).map(([k, v]) => [k, String(v ?? '')]));

indicatorAdminRoutes.get('/new', (c) => c.html(<IndicatorFormPage ctx={pageContext(c)} code={null} form={emptyForm({ polarity: 'higher-better', kind: 'objective' })} />));

indicatorAdminRoutes.post('/new', async (c) => {
  const form = await parseForm(c, newIndicatorSchema, c.var.t);
  if (!form.ok) return c.html(<IndicatorFormPage ctx={pageContext(c)} code={null} form={form} />, 400);
  if (!(await createIndicator(c.var.deps.db, c.var.user!.id, form.data))) {
    return c.html(<IndicatorFormPage ctx={pageContext(c)} code={null} form={{ values: form.values, errors: { code: c.var.t('indicators.form.codeTaken') } }} />, 400);
  }
  setFlash(c, 'indicators.form.saved');
  return c.redirect(`/indicators/${form.data.code}`, 303);
});

indicatorAdminRoutes.get('/:code/edit', async (c) => {
  const indicator = await findIndicator(c.var.deps.db, c.req.param('code'));
  if (!indicator) throw notFound();
  return c.html(<IndicatorFormPage ctx={pageContext(c)} code={indicator.code} form={emptyForm(formValues(indicator))} />);
});

indicatorAdminRoutes.post('/:code/edit', async (c) => {
  const indicator = await findIndicator(c.var.deps.db, c.req.param('code'));
  if (!indicator) throw notFound();
  const form = await parseForm(c, indicatorSchema, c.var.t);
  if (!form.ok) return c.html(<IndicatorFormPage ctx={pageContext(c)} code={indicator.code} form={form} />, 400);
  await updateIndicator(c.var.deps.db, c.var.user!.id, indicator.code, form.data);
  setFlash(c, 'indicators.form.saved');
  return c.redirect(`/indicators/${indicator.code}`, 303);
});
