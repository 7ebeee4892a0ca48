import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FieldErrors } from '../../platform/form.ts';
import { adminOnly, requireAdmin } from '../../platform/session.ts';
import { readImageField } from '../../platform/uploads.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { logoErrors, setCityIdentity } from './identity.ts';
import { AdminIdentityPage } from './views/admin-identity.tsx';

/** The admins' page for the city's name and logo (`/admin/city`). */
export const identityRoutes = new Hono<AppEnv>();
identityRoutes.use(adminOnly);

const identitySchema = z.object({ name: z.string().trim().min(1).max(80), removeLogo: z.literal('on').optional() });

const render = (c: Context<AppEnv>, form: FormState, status: 200 | 400 = 200) => c.html(<AdminIdentityPage ctx={pageContext(c)} form={form} logoUploadId={c.var.city.logoUploadId} />, status);

identityRoutes.get('/', (c) => render(c, emptyForm({ name: c.var.city.name ?? '' })));

identityRoutes.post('/', async (c) => {
  const values = await readForm(c);
  const parsed = validateValues(values, identitySchema, c.var.t);
  const logo = await readImageField(c, 'logo', logoErrors);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  if (logo.error) errors.logo = c.var.t(logo.error);
  if (!parsed.ok || logo.error) return render(c, { values, errors }, 400);
  await setCityIdentity(c.var.deps, requireAdmin(c.var.user), parsed.data.name, logo.image, parsed.data.removeLogo === 'on');
  setFlash(c, 'legal.identity.saved');
  return c.redirect('/admin/city', 303);
});
