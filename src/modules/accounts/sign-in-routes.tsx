import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm } from '../../platform/form.ts';
import { beginPasswordAttempt } from '../../platform/password-attempts.ts';
import { safeLocalPath } from '../../platform/safe-path.ts';
import { emptyForm } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { mustAcceptTerms, termsAcceptancePath } from '../legal/index.ts';
import { minutesFor } from './attempt-limits.ts';
import { forwardAuthCookies } from './auth-cookies.ts';
import { authErrorToField } from './auth-errors.ts';
import { signInSchema } from './schemas.ts';
import { SignInPage } from './views/sign-in.tsx';
import { TooManyAttemptsPage } from './views/too-many-attempts.tsx';

/** Sign-in (with a safe `?next=`) and sign-out. */
export const signInRoutes = new Hono<AppEnv>();

signInRoutes.get('/sign-in', (c) => c.html(<SignInPage ctx={pageContext(c)} form={emptyForm()} next={safeLocalPath(c.req.query('next'), '/account')} />));

signInRoutes.post('/sign-in', async (c) => {
  const form = await parseForm(c, signInSchema, c.var.t);
  const next = safeLocalPath(form.values.next, '/account');
  if (!form.ok) return c.html(<SignInPage ctx={pageContext(c)} form={form} next={next} />, 400);
  const attempt = await beginPasswordAttempt(c, form.data.email);
  let userId: string;
  if (!attempt.allowed) return c.html(<TooManyAttemptsPage ctx={pageContext(c)} minutes={minutesFor(attempt.retryAfter)} back="/account/sign-in" />, 429);
  try {
    const result = await c.var.deps.auth.api.signInEmail({ body: form.data, headers: c.req.raw.headers, returnHeaders: true });
    await attempt.finish('right');
    forwardAuthCookies(c, result.headers);
    userId = result.response.user.id;
  } catch (err) {
    const { field, key, code } = authErrorToField(err);
    // better-auth says "not verified" only after the password matched.
    await attempt.finish(code === 'EMAIL_NOT_VERIFIED' ? 'right' : 'wrong');
    if (code === 'EMAIL_NOT_VERIFIED') {
      return c.html(<SignInPage ctx={pageContext(c)} form={{ values: form.values, errors: {} }} next={next} unverifiedEmail={form.data.email} />, 403);
    }
    return c.html(<SignInPage ctx={pageContext(c)} form={{ values: form.values, errors: { [field]: c.var.t(key) } }} next={next} />, 400);
  }
  // Terms that changed since the person last accepted them are asked for before anything else.
  return c.redirect((await mustAcceptTerms(c.var.deps.db, userId)) ? termsAcceptancePath(next) : next, 303);
});

signInRoutes.post('/sign-out', async (c) => {
  const result = await c.var.deps.auth.api.signOut({ headers: c.req.raw.headers, returnHeaders: true });
  forwardAuthCookies(c, result.headers);
  setFlash(c, 'accounts.flash.signedOut');
  return c.redirect('/', 303);
});
