import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { parseForm } from '../../platform/form.ts';
import { signUpRules } from '../../platform/rate-limit.ts';
import { emptyForm } from '../../web/form.tsx';
import { currentTermsVersion, recordTermsAcceptance } from '../legal/index.ts';
import { pageContext } from '../../web/layout.tsx';
import { minutesToWait } from './attempt-limits.ts';
import { authErrorToField } from './auth-errors.ts';
import { signUpSchema } from './schemas.ts';
import { CheckEmailPage, SignUpPage } from './views/sign-up.tsx';
import { TooManyAttemptsPage } from './views/too-many-attempts.tsx';

/** Sign-up and the "check your email" page that follows it. */
export const signUpRoutes = new Hono<AppEnv>();

signUpRoutes.get('/sign-up', (c) => c.html(<SignUpPage ctx={pageContext(c)} form={emptyForm({ locale: c.var.locale })} />));

signUpRoutes.post('/sign-up', async (c) => {
  const form = await parseForm(c, signUpSchema, c.var.t);
  if (!form.ok) return c.html(<SignUpPage ctx={pageContext(c)} form={form} />, 400);
  // Counted only once the form is valid: a typo must not use up someone's attempts.
  const wait = await minutesToWait(c, signUpRules, form.data.email);
  if (wait) return c.html(<TooManyAttemptsPage ctx={pageContext(c)} minutes={wait} back="/account/sign-up" />, 429);
  try {
    // An address that already has an account gets the same answer as a new one, so nobody can probe who is registered.
    const { terms: _accepted, ...account } = form.data;
    const created = await c.var.deps.auth.api.signUpEmail({ body: account, headers: c.req.raw.headers });
    // For an address already registered better-auth answers with a made-up id: nothing is recorded then.
    await recordTermsAcceptance(c.var.deps.db, created.user.id, await currentTermsVersion(c.var.deps.db));
  } catch (err) {
    const { field, key } = authErrorToField(err);
    return c.html(<SignUpPage ctx={pageContext(c)} form={{ values: form.values, errors: { [field]: c.var.t(key) } }} />, 400);
  }
  return c.redirect('/account/check-email', 303);
});

signUpRoutes.get('/check-email', (c) => c.html(<CheckEmailPage ctx={pageContext(c)} form={emptyForm()} />));
