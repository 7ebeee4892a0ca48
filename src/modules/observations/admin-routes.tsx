import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm } from '../../platform/form.ts';
import { adminOnly, requireAdmin } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { ingestCsv } from './csv-upload.ts';
import { createDevice, devicesByRef, listDevices, revokeDevice } from './devices.ts';
import { recentLog } from './log.ts';
import { notFound } from '../../platform/errors.ts';
import { countRefusals } from './queries.ts';
import { listAreas } from '../indicators/index.ts';
import { feedIndicators } from './indicator-feed.ts';
import { DeviceLogPage, ObservationsAdminPage, type FeedState, type UploadState } from './views/admin-page.tsx';

/** Staff page binding register entries to devices and their ingestion tokens, mounted at `/admin/observations`. */
export const adminObservationRoutes = new Hono<AppEnv>();
adminObservationRoutes.use(adminOnly);

const deviceForm = z.object({
  sensor_id: z.string().min(1).max(64),
  device_ref: z.string().trim().min(3).max(256).regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'observations.admin.deviceRefFormat'),
});
const MONTH_MS = 31 * 86_400_000;

async function render(c: Context<AppEnv>, extra: { form?: FormState; token?: { value: string; deviceRef: string }; upload?: UploadState; feed?: FeedState } = {}, status: 200 | 400 | 422 = 200) {
  const { db } = c.var.deps;
  const [devices, sensors, refusals, log] = await Promise.all([
    listDevices(db),
    db.selectFrom('register_sensor').select(['id', 'name_fr', 'name_en', 'status']).where('status', '=', 'active').orderBy('name_fr').execute(),
    countRefusals(db, new Date(Date.now() - MONTH_MS).toISOString().slice(0, 10)),
    recentLog(db, {}, 20),
  ]);
  c.header('Cache-Control', 'no-store');
  return c.html(<ObservationsAdminPage ctx={pageContext(c)} devices={devices} sensors={sensors} refusals={refusals} form={extra.form ?? emptyForm()} token={extra.token} upload={extra.upload ?? {}} feed={extra.feed ?? { form: emptyForm({ year: String(new Date().getUTCFullYear()) }) }} log={log} />, status);
}

adminObservationRoutes.get('/', (c) => render(c));

adminObservationRoutes.post('/upload', async (c) => {
  const admin = requireAdmin(c.var.user);
  const body = await c.req.parseBody();
  const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
  if (!file) return render(c, { upload: { error: c.var.t('observations.upload.nothing') } }, 400);
  const { db } = c.var.deps;
  // Staff may upload for any bound device: each row's refDevice names it (and must be active in the register).
  const upload = await ingestCsv(db, await file.text(), { tokenDevice: null, byRef: (refs) => devicesByRef(db, refs) });
  if (!upload.ok) return render(c, { upload: { error: upload.refusal.message } }, 422);
  await recordAudit(db, { userId: admin.id }, 'observations.csv.upload', { type: 'observation_log', id: file.name.slice(0, 100) }, { accepted: upload.result.accepted, rejected: upload.result.rejected.length });
  return render(c, { upload: { result: upload.result } });
});

const feedForm = z.object({ year: z.coerce.number().int().min(2000).max(new Date().getUTCFullYear() + 1) });

// The year's annual means from the daily aggregates, stored as objective indicator values (PM2.5, PM10, NO2).
adminObservationRoutes.post('/indicators', async (c) => {
  const admin = requireAdmin(c.var.user);
  const form = await parseForm(c, feedForm, c.var.t);
  if (!form.ok) return render(c, { feed: { form } }, 400);
  const { db } = c.var.deps;
  const { values, skipped } = await feedIndicators(db, form.data.year);
  await recordAudit(db, { userId: admin.id }, 'observations.indicators.feed', { type: 'indicator_value', id: String(form.data.year) }, { values: values.length, skipped: skipped.length });
  const areas = new Map((await listAreas(db)).map((a) => [a.key, a]));
  const named = skipped.map((s) => ({ ...s, areaName: areas.get(s.area) ?? { key: s.area, name_fr: s.area, name_en: s.area } }));
  return render(c, { feed: { form: { values: form.values, errors: {} }, written: values.length, skipped: named } });
});

adminObservationRoutes.get('/devices/:id', async (c) => {
  const device = await c.var.deps.db.selectFrom('observation_device').innerJoin('register_sensor', 'register_sensor.id', 'observation_device.sensor_id').select(['observation_device.device_ref', 'observation_device.sensor_id', 'register_sensor.name_fr', 'register_sensor.name_en']).where('observation_device.id', '=', c.req.param('id')).executeTakeFirst();
  if (!device) throw notFound();
  c.header('Cache-Control', 'no-store');
  return c.html(<DeviceLogPage ctx={pageContext(c)} device={device} log={await recentLog(c.var.deps.db, { deviceRef: device.device_ref }, 100)} />);
});

adminObservationRoutes.post('/devices', async (c) => {
  const admin = requireAdmin(c.var.user);
  const form = await parseForm(c, deviceForm, c.var.t);
  if (!form.ok) return render(c, { form }, 400);
  const { db } = c.var.deps;
  const sensor = await db.selectFrom('register_sensor').select(['id', 'status']).where('id', '=', form.data.sensor_id).executeTakeFirst();
  if (!sensor || sensor.status !== 'active') return render(c, { form: { values: form.values, errors: { sensor_id: c.var.t('observations.admin.sensorNotActive') } } }, 400);
  try {
    const created = await db.transaction().execute(async (trx) => {
      const device = await createDevice(trx, { sensorId: sensor.id, deviceRef: form.data.device_ref, createdBy: admin.id });
      await recordAudit(trx, { userId: admin.id }, 'observations.device.create', { type: 'observation_device', id: device.id }, { sensor: sensor.id, deviceRef: form.data.device_ref });
      return device;
    });
    // The token is shown on this one answer and never again: only its hash is stored.
    return render(c, { token: { value: created.token, deviceRef: form.data.device_ref } });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return render(c, { form: { values: form.values, errors: { device_ref: c.var.t('observations.admin.deviceRefTaken') } } }, 400);
  }
});

adminObservationRoutes.post('/devices/:id/revoke', async (c) => {
  const admin = requireAdmin(c.var.user);
  const { db } = c.var.deps;
  const id = c.req.param('id');
  const revoked = await db.transaction().execute(async (trx) => {
    const done = await revokeDevice(trx, id);
    if (done) await recordAudit(trx, { userId: admin.id }, 'observations.device.revoke', { type: 'observation_device', id });
    return done;
  });
  setFlash(c, revoked ? 'observations.admin.revoked' : 'observations.admin.alreadyRevoked');
  return c.redirect('/admin/observations', 303);
});
