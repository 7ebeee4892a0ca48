import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FieldErrors, type FormValues } from '../../platform/form.ts';
import { pageContext } from '../../web/layout.tsx';
import { listNeighbourhoods } from '../processes/index.ts';
import { requireDeskStaff, verifyAtDesk } from './desk-service.ts';
import { readVerificationSettings } from './register.ts';
import { deskVerificationSchema } from './schemas.ts';
import { DeskPage } from './views/desk-page.tsx';

/** The help desk's page, for staff the admins named (and admins). */
export const deskRoutes = new Hono<AppEnv>();

async function renderDesk(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [neighbourhoods, settings] = await Promise.all([listNeighbourhoods(db), readVerificationSettings(db)]);
  return c.html(<DeskPage ctx={pageContext(c)} state={{ values, errors }} neighbourhoods={neighbourhoods} enabled={settings.desk} />, status);
}

deskRoutes.get('/verification/desk', async (c) => {
  await requireDeskStaff(c.var.deps.db, c.var.user);
  return renderDesk(c, {}, {});
});

deskRoutes.post('/verification/desk', async (c) => {
  const { deps, t } = c.var;
  await requireDeskStaff(deps.db, c.var.user);
  const values = await readForm(c);
  // The document's identifier and birth date are never shown back, whatever happens.
  const kept = { account_email: values.account_email ?? '', neighbourhood_id: values.neighbourhood_id ?? '' };
  const parsed = validateValues(values, deskVerificationSchema, t);
  if (!parsed.ok) return renderDesk(c, kept, parsed.errors, 400);
  const d = parsed.data;
  const result = await verifyAtDesk(deps.db, deps.config.verificationKey, c.var.user, { accountEmail: d.account_email, identifier: d.identifier, birthDate: d.birth_date, neighbourhoodId: d.neighbourhood_id });
  if (!result.ok) return renderDesk(c, kept, { [result.refusal.field]: t(result.refusal.key) }, 400);
  setFlash(c, 'verification.flash.deskVerified');
  return c.redirect('/verification/desk', 303);
});
