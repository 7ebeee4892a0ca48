import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FieldErrors, type FormValues } from '../../platform/form.ts';
import { clientAddress } from '../../platform/rate-limit.ts';
import { safeLocalPath } from '../../platform/safe-path.ts';
import { requireResident } from '../../platform/session.ts';
import { emptyForm } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listNeighbourhoods } from '../processes/index.ts';
import { verifyByCensus } from './census-service.ts';
import { letterStanding, redeemLetter, requestLetter } from './letter-service.ts';
import { findVerification, readVerificationSettings } from './register.ts';
import { censusAttemptSchema, letterCodeSchema, letterRequestSchema } from './schemas.ts';
import { ResidentPage } from './views/resident-page.tsx';

/** The resident's side: the verification page, the census attempt, the letter request and its code. */
export const residentRoutes = new Hono<AppEnv>();

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
// Only a path on this site: a verification never sends anyone elsewhere.
const returnPath = (values: FormValues) => safeLocalPath(one(values.return_to), '/');

async function renderPage(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400 | 429 = 200) {
  const user = requireResident(c.var.user);
  const { db } = c.var.deps;
  const [settings, row, neighbourhoods, letter] = await Promise.all([readVerificationSettings(db), findVerification(db, user.id), listNeighbourhoods(db), letterStanding(db, user.id)]);
  const data = { settings, row, neighbourhoods, returnTo: returnPath(values), letterSent: letter.sent, letterRequested: letter.requested };
  return c.html(<ResidentPage ctx={pageContext(c)} data={data} state={{ values, errors }} />, status);
}

// Back where the person was, told they are verified.
function verified(c: Context<AppEnv>, values: FormValues) {
  setFlash(c, 'verification.flash.verified');
  return c.redirect(returnPath(values), 303);
}

residentRoutes.get('/verification', async (c) => {
  requireResident(c.var.user);
  return renderPage(c, emptyForm({ return_to: c.req.query('return_to') ?? '/' }).values, {});
});

residentRoutes.post('/verification/census', async (c) => {
  const { t } = c.var;
  const values = await readForm(c);
  const parsed = validateValues(values, censusAttemptSchema, t);
  // What was typed is never shown back: the page comes again with the fields empty.
  const kept = { return_to: one(values.return_to) };
  if (!parsed.ok) return renderPage(c, kept, parsed.errors, 400);
  const { deps } = c.var;
  const result = await verifyByCensus(deps.db, deps.config.verificationKey, c.var.user, { identifier: parsed.data.identifier, birthDate: parsed.data.birth_date, address: clientAddress(c) });
  if (result.ok) return verified(c, values);
  if (result.reason === 'birthDate') return renderPage(c, kept, { birth_date: t('verification.census.errors.birthDateInvalid') }, 400);
  return renderPage(c, kept, { _form: t(`verification.census.refused.${result.reason}`) }, result.reason === 'tooMany' ? 429 : 400);
});

residentRoutes.post('/verification/letter', async (c) => {
  const { t, deps } = c.var;
  const values = await readForm(c);
  const parsed = validateValues(values, letterRequestSchema, t);
  if (!parsed.ok) return renderPage(c, values, parsed.errors, 400);
  const result = await requestLetter(deps.db, deps.config.verificationKey, c.var.user, { name: parsed.data.full_name, address: parsed.data.address, neighbourhoodId: parsed.data.neighbourhood_id, locale: c.var.locale });
  if (!result.ok) return renderPage(c, values, result.reason === 'neighbourhood' ? { neighbourhood_id: t('form.invalidChoice') } : { _form: t('verification.letter.refused.closed') }, 400);
  setFlash(c, 'verification.flash.letterRequested');
  return c.redirect(`/verification?return_to=${encodeURIComponent(returnPath(values))}`, 303);
});

residentRoutes.post('/verification/letter/code', async (c) => {
  const { t, deps } = c.var;
  const values = await readForm(c);
  const parsed = validateValues(values, letterCodeSchema, t);
  const kept = { return_to: one(values.return_to) };
  if (!parsed.ok) return renderPage(c, kept, parsed.errors, 400);
  const result = await redeemLetter(deps.db, deps.config.verificationKey, c.var.user, parsed.data.code);
  if (result.ok) return verified(c, values);
  return renderPage(c, kept, { _form: t(`verification.letter.refused.${result.reason}`) }, 400);
});
