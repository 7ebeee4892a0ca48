import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { pageContext } from '../../web/layout.tsx';
import { mailRequestRules, minutesToWait } from './attempt-limits.ts';
import { forwardAuthCookies } from './auth-cookies.ts';
import { authErrorToField } from './auth-errors.ts';
import { emailOnlySchema } from './schemas.ts';
import { CheckEmailPage } from './views/sign-up.tsx';
import { TooManyAttemptsPage } from './views/too-many-attempts.tsx';
import { VerifyEmailPage } from './views/verify-email.tsx';

/** Confirming an email address from the link we sent, and sending that link again. */
export const verifyRoutes = new Hono<AppEnv>();

verifyRoutes.get('/verify-email', (c) => {
  const token = c.req.query('token') ?? '';
  return c.html(<VerifyEmailPage ctx={pageContext(c)} token={token} />, token ? 200 : 400);
});

verifyRoutes.post('/verify-email', async (c) => {
  const values = await readForm(c);
  const token = typeof values.token === 'string' ? values.token.slice(0, 2000) : '';
  if (!token) return c.html(<VerifyEmailPage ctx={pageContext(c)} token="" />, 400);
  try {
    // The same link also confirms a change of address, which must happen in the right person's session.
    const result = await c.var.deps.auth.api.verifyEmail({ query: { token }, headers: c.req.raw.headers, returnHeaders: true });
    forwardAuthCookies(c, result.headers);
  } catch (err) {
    const { key } = authErrorToField(err);
    return c.html(<VerifyEmailPage ctx={pageContext(c)} token={token} errorKey={key} />, 400);
  }
  setFlash(c, 'accounts.flash.emailVerified');
  return c.redirect(c.var.user ? '/account' : '/account/sign-in', 303);
});

verifyRoutes.post('/verify-email/resend', async (c) => {
  const form = await parseForm(c, emailOnlySchema, c.var.t);
  if (!form.ok) return c.html(<CheckEmailPage ctx={pageContext(c)} form={form} />, 400);
  const wait = await minutesToWait(c, mailRequestRules, form.data.email);
  if (wait) return c.html(<TooManyAttemptsPage ctx={pageContext(c)} minutes={wait} back="/account/check-email" />, 429);
  // No session headers: the link goes to the address typed, and only if it belongs to an unverified account.
  await c.var.deps.auth.api.sendVerificationEmail({ body: { email: form.data.email } });
  setFlash(c, 'accounts.flash.verificationSent');
  return c.redirect('/account/check-email', 303);
});
