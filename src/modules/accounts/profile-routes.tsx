import { Hono, type Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { AppEnv, CurrentUser } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm, validateValues } from '../../platform/form.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { beginPasswordAttempt } from '../../platform/password-attempts.ts';
import { pageContext } from '../../web/layout.tsx';
import { minutesFor } from './attempt-limits.ts';
import { buildAccountExport } from './export.ts';
import { findProfile } from './queries.ts';
import { deleteAccountSchema, languageSchema } from './schemas.ts';
import { deleteAccount, requireSignedIn, setPreferredLanguage } from './service.ts';
import { AccountPage } from './views/account.tsx';
import { DeleteAccountPage } from './views/delete.tsx';
import { TooManyAttemptsPage } from './views/too-many-attempts.tsx';

/** "My account": profile and language, download my data, delete my account. */
export const profileRoutes = new Hono<AppEnv>();

async function renderAccountPage(c: Context<AppEnv>, user: CurrentUser, languageForm: FormState, status: 200 | 400 = 200) {
  const profile = await findProfile(c.var.deps.db, user.id);
  const memberSince = new Date(profile?.createdAt ?? Date.now()).toISOString();
  return c.html(<AccountPage ctx={pageContext(c)} user={user} memberSince={memberSince} languageForm={languageForm} />, status);
}

profileRoutes.get('/', async (c) => {
  const user = requireSignedIn(c.var.user);
  return renderAccountPage(c, user, emptyForm({ locale: user.locale ?? c.var.locale }));
});

profileRoutes.post('/language', async (c) => {
  const user = requireSignedIn(c.var.user);
  const form = await parseForm(c, languageSchema, c.var.t);
  if (!form.ok) return renderAccountPage(c, user, form, 400);
  await setPreferredLanguage(c.var.deps, user, form.data.locale);
  setFlash(c, 'flash.saved');
  // Show the account page in the language just chosen (the layout remembers ?lang=).
  return c.redirect(`/account?lang=${form.data.locale}`, 303);
});

profileRoutes.get('/export', async (c) => {
  const user = requireSignedIn(c.var.user);
  const data = await buildAccountExport(c.var.deps.db, c.var.deps.modules.exportSections, user.id);
  const day = new Date().toISOString().slice(0, 10);
  c.header('Content-Disposition', `attachment; filename="cocity-my-data-${day}.json"`);
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(data, null, 2), 200, { 'Content-Type': 'application/json; charset=utf-8' });
});

profileRoutes.get('/delete', (c) => {
  requireSignedIn(c.var.user);
  return c.html(<DeleteAccountPage ctx={pageContext(c)} form={emptyForm()} />);
});

profileRoutes.post('/delete', async (c) => {
  const user = requireSignedIn(c.var.user);
  const values = await readForm(c);
  if (!isConfirmed(values)) return c.html(<DeleteAccountPage ctx={pageContext(c)} form={emptyForm()} unconfirmed />, 400);
  const form = validateValues(values, deleteAccountSchema, c.var.t);
  if (!form.ok) return c.html(<DeleteAccountPage ctx={pageContext(c)} form={form} />, 400);
  // A stolen session must not become a way to guess the password.
  const attempt = await beginPasswordAttempt(c, user.email);
  if (!attempt.allowed) return c.html(<TooManyAttemptsPage ctx={pageContext(c)} minutes={minutesFor(attempt.retryAfter)} back="/account/delete" />, 429);
  const result = await deleteAccount(c.var.deps, user, form.data.password);
  await attempt.finish(result.ok ? 'right' : 'wrong');
  if (!result.ok) {
    return c.html(<DeleteAccountPage ctx={pageContext(c)} form={{ values: form.values, errors: { password: c.var.t('accounts.errors.wrongPassword') } }} />, 400);
  }
  // The sessions are gone from the database; also drop the now useless cookie.
  const secure = c.var.deps.config.baseUrl.startsWith('https://');
  deleteCookie(c, secure ? '__Secure-cocity.session_token' : 'cocity.session_token', { path: '/', secure });
  setFlash(c, 'accounts.flash.deleted');
  return c.redirect('/', 303);
});
