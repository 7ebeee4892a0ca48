import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm, validateValues } from '../../platform/form.ts';
import { emptyForm } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { mailRequestRules, minutesToWait } from './attempt-limits.ts';
import { authErrorToField } from './auth-errors.ts';
import { findEmailForResetToken } from './queries.ts';
import { emailOnlySchema, resetPasswordSchema } from './schemas.ts';
import { ForgotPasswordPage, ResetPasswordPage } from './views/password-reset.tsx';
import { TooManyAttemptsPage } from './views/too-many-attempts.tsx';

/** "Forgot my password": ask for a link by email, then choose a new password from it. */
export const passwordRoutes = new Hono<AppEnv>();

passwordRoutes.get('/forgot-password', (c) => c.html(<ForgotPasswordPage ctx={pageContext(c)} form={emptyForm()} />));

passwordRoutes.post('/forgot-password', async (c) => {
  const form = await parseForm(c, emailOnlySchema, c.var.t);
  if (!form.ok) return c.html(<ForgotPasswordPage ctx={pageContext(c)} form={form} />, 400);
  const wait = await minutesToWait(c, mailRequestRules, form.data.email);
  if (wait) return c.html(<TooManyAttemptsPage ctx={pageContext(c)} minutes={wait} back="/account/forgot-password" />, 429);
  // Same answer whether or not the address has an account.
  await c.var.deps.auth.api.requestPasswordReset({ body: { email: form.data.email } });
  setFlash(c, 'accounts.flash.resetSent');
  return c.redirect('/account/forgot-password', 303);
});

passwordRoutes.get('/reset-password', (c) => {
  const token = c.req.query('token') ?? '';
  const form = token ? emptyForm() : { values: {}, errors: { _form: c.var.t('accounts.errors.invalidLink') } };
  return c.html(<ResetPasswordPage ctx={pageContext(c)} form={form} token={token} />, token ? 200 : 400);
});

passwordRoutes.post('/reset-password', async (c) => {
  const values = await readForm(c);
  const token = typeof values.token === 'string' ? values.token.slice(0, 500) : '';
  const accountEmail = token ? ((await findEmailForResetToken(c.var.deps.db, token)) ?? '') : '';
  const form = validateValues(values, resetPasswordSchema(accountEmail), c.var.t);
  if (!form.ok) return c.html(<ResetPasswordPage ctx={pageContext(c)} form={form} token={token} />, 400);
  try {
    await c.var.deps.auth.api.resetPassword({ body: { newPassword: form.data.password, token: form.data.token } });
  } catch (err) {
    const { field, key } = authErrorToField(err);
    return c.html(<ResetPasswordPage ctx={pageContext(c)} form={{ values, errors: { [field]: c.var.t(key) } }} token={token} />, 400);
  }
  setFlash(c, 'accounts.flash.passwordReset');
  return c.redirect('/account/sign-in', 303);
});
