import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues } from '../../platform/form.ts';
import { adminOnly } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import type { CensusLineError } from './census-file.ts';
import { importCensus } from './census-service.ts';
import { grantDesk, listDeskStaff, revokeDesk } from './desk-service.ts';
import { countWaitingLetters, printLetters } from './letter-service.ts';
import { readVerificationSettings, updateSettingsRow } from './register.ts';
import { settingsSchema } from './schemas.ts';
import { recordAudit } from '../../platform/audit.ts';
import { AdminPage } from './views/admin-page.tsx';
import { LettersSheet } from './views/letters-sheet.tsx';

/** The admins' page of verification, under `/admin/verification`. */
export const adminRoutes = new Hono<AppEnv>();
adminRoutes.use('*', adminOnly);

// A census file of a whole city (a few hundred thousand lines) stays well under this.
/**
 * The largest census file: under the multipart cap (12 MB, MAX_MULTIPART_BODY_BYTES in src/app.ts), so a file
 * too large meets this page's own message rather than the generic "too large" page. About 200,000 lines.
 */
export const MAX_CENSUS_BYTES = 10 * 1024 * 1024;

interface AdminForms {
  settingsForm?: FormState;
  staffForm?: FormState;
  censusErrors?: CensusLineError[];
}

async function renderAdmin(c: Context<AppEnv>, forms: AdminForms = {}, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [settings, waitingLetters, staff, verified] = await Promise.all([
    readVerificationSettings(db),
    countWaitingLetters(db),
    listDeskStaff(db),
    db.selectFrom('identity_verification').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', 'is not', null).executeTakeFirst(),
  ]);
  const settingsValues = { validity_days: String(settings.validityDays), ...(settings.census ? { census_enabled: 'on' } : {}), ...(settings.letter ? { letter_enabled: 'on' } : {}), ...(settings.desk ? { desk_enabled: 'on' } : {}) };
  const data = { settings, waitingLetters, staff, verifiedCount: Number(verified?.n ?? 0) };
  return c.html(<AdminPage ctx={pageContext(c)} data={data} settingsForm={forms.settingsForm ?? emptyForm(settingsValues)} staffForm={forms.staffForm ?? emptyForm()} censusErrors={forms.censusErrors ?? []} />, status);
}

adminRoutes.get('/', (c) => renderAdmin(c));

adminRoutes.post('/settings', async (c) => {
  const parsed = validateValues(await readForm(c), settingsSchema, c.var.t);
  if (!parsed.ok) return renderAdmin(c, { settingsForm: parsed }, 400);
  const d = parsed.data;
  const values = { census_enabled: d.census_enabled ? 1 : 0, letter_enabled: d.letter_enabled ? 1 : 0, desk_enabled: d.desk_enabled ? 1 : 0, validity_days: d.validity_days };
  await c.var.deps.db.transaction().execute(async (trx) => {
    await updateSettingsRow(trx, values);
    await recordAudit(trx, { userId: c.var.user!.id }, 'verification.settings', { type: 'verification', id: null }, values);
  });
  setFlash(c, 'flash.saved');
  return c.redirect('/admin/verification', 303);
});

adminRoutes.post('/census', async (c) => {
  const body = await c.req.parseBody();
  const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
  if (!file) return renderAdmin(c, { censusErrors: [{ line: 1, key: 'verification.census.errors.empty' }] }, 400);
  if (file.size > MAX_CENSUS_BYTES) return renderAdmin(c, { censusErrors: [{ line: 1, key: 'verification.census.errors.tooLarge' }] }, 400);
  const { deps } = c.var;
  const result = await importCensus(deps.db, deps.config.verificationKey, c.var.user, await file.text());
  if (!result.ok) return renderAdmin(c, { censusErrors: result.errors }, 400);
  setFlash(c, 'verification.flash.censusImported');
  return c.redirect('/admin/verification', 303);
});

adminRoutes.post('/letters/print', async (c) => {
  const { deps } = c.var;
  const letters = await printLetters(deps.db, deps.config.verificationKey, c.var.user);
  if (letters.length === 0) return c.redirect('/admin/verification', 303);
  // The codes are on this page only: never cached.
  c.header('Cache-Control', 'no-store');
  return c.html(<LettersSheet letters={letters} baseUrl={deps.config.baseUrl} lang={c.var.locale} />);
});

adminRoutes.post('/desk', async (c) => {
  const values = await readForm(c);
  const email = typeof values.email === 'string' ? values.email : '';
  if (!(await grantDesk(c.var.deps.db, c.var.user, email))) return renderAdmin(c, { staffForm: { values, errors: { email: c.var.t('verification.admin.deskNoAccount') } } }, 400);
  setFlash(c, 'flash.saved');
  return c.redirect('/admin/verification', 303);
});

adminRoutes.post('/desk/:userId/revoke', async (c) => {
  await revokeDesk(c.var.deps.db, c.var.user, c.req.param('userId'));
  setFlash(c, 'flash.saved');
  return c.redirect('/admin/verification', 303);
});
