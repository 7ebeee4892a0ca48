import { Hono, type Context } from 'hono';
import type { AppEnv, CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { beginPasswordAttempt } from '../../platform/password-attempts.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { mailRequestRules, minutesFor, minutesToWait } from './attempt-limits.ts';
import { forwardAuthCookies } from './auth-cookies.ts';
import { authErrorToField } from './auth-errors.ts';
import { listActiveSessions } from './queries.ts';
import { changeEmailSchema, changePasswordSchema } from './schemas.ts';
import { requestEmailChange, requireSignedIn, revokeOwnSession } from './service.ts';
import { RevokePage } from './views/revoke-confirm.tsx';
import { SecurityPage, type SecurityForms } from './views/security.tsx';
import { TooManyAttemptsPage } from './views/too-many-attempts.tsx';

/** Change password, change email address, see and end sessions. */
export const securityRoutes = new Hono<AppEnv>();

async function renderSecurityPage(c: Context<AppEnv>, user: CurrentUser, forms: Partial<SecurityForms> = {}, status: 200 | 400 = 200) {
  const sessions = await listActiveSessions(c.var.deps.db, user.id);
  const allForms = { password: forms.password ?? emptyForm(), email: forms.email ?? emptyForm() };
  return c.html(<SecurityPage ctx={pageContext(c)} forms={allForms} sessions={sessions} currentSessionId={c.var.sessionId} email={user.email} />, status);
}

securityRoutes.get('/security', (c) => renderSecurityPage(c, requireSignedIn(c.var.user)));

securityRoutes.post('/security/password', async (c) => {
  const user = requireSignedIn(c.var.user);
  const form = await parseForm(c, changePasswordSchema(user.email), c.var.t);
  if (!form.ok) return renderSecurityPage(c, user, { password: form }, 400);
  // A stolen session must not become a way to guess the password.
  const attempt = await beginPasswordAttempt(c, user.email);
  if (!attempt.allowed) return c.html(<TooManyAttemptsPage ctx={pageContext(c)} minutes={minutesFor(attempt.retryAfter)} back="/account/security" />, 429);
  const { currentPassword, newPassword } = form.data;
  try {
    const body = { currentPassword, newPassword, revokeOtherSessions: form.data.revokeOtherSessions === 'on' };
    const result = await c.var.deps.auth.api.changePassword({ body, headers: c.req.raw.headers, returnHeaders: true });
    await attempt.finish('right');
    forwardAuthCookies(c, result.headers);
  } catch (err) {
    const { field, key, code } = authErrorToField(err, { password: 'newPassword' });
    // A refused new password (too short...) is found before the current one is checked.
    await attempt.finish(code === 'INVALID_PASSWORD' || code === 'CREDENTIAL_ACCOUNT_NOT_FOUND' ? 'wrong' : 'unchecked');
    return renderSecurityPage(c, user, { password: { values: form.values, errors: { [field]: c.var.t(key) } } }, 400);
  }
  setFlash(c, 'accounts.flash.passwordChanged');
  return c.redirect('/account/security', 303);
});

securityRoutes.post('/security/email', async (c) => {
  const user = requireSignedIn(c.var.user);
  const form = await parseForm(c, changeEmailSchema, c.var.t);
  if (!form.ok) return renderSecurityPage(c, user, { email: form }, 400);
  const refuse = (field: string, key: string) => renderSecurityPage(c, user, { email: { values: form.values, errors: { [field]: c.var.t(key) } } }, 400);
  const wait = await minutesToWait(c, mailRequestRules, user.email);
  if (wait) return c.html(<TooManyAttemptsPage ctx={pageContext(c)} minutes={wait} back="/account/security" />, 429);
  const result = await requestEmailChange(c.var.deps, user, form.data, c.req.raw.headers);
  if (!result.ok) return renderSecurityPage(c, user, { email: { values: form.values, errors: { [result.field]: c.var.t(result.key) } } }, 400);
  setFlash(c, 'accounts.flash.emailChangeSent');
  return c.redirect('/account/security', 303);
});

securityRoutes.post('/sessions/:id/revoke', async (c) => {
  const user = requireSignedIn(c.var.user);
  const sessionId = c.req.param('id');
  if (!isConfirmed(await readForm(c))) {
    // Only one's own sessions are listed: another person's session id is not found, as when ending it.
    const session = (await listActiveSessions(c.var.deps.db, user.id)).find((s) => s.id === sessionId);
    if (!session) throw notFound();
    return c.html(<RevokePage ctx={pageContext(c)} ending={{ session, current: sessionId === c.var.sessionId }} />, 400);
  }
  const result = await revokeOwnSession(c.var.deps, user, sessionId, c.req.raw.headers);
  if (!result.revoked) throw notFound();
  forwardAuthCookies(c, result.headers);
  if (sessionId === c.var.sessionId) {
    setFlash(c, 'accounts.flash.signedOut');
    return c.redirect('/', 303);
  }
  setFlash(c, 'accounts.flash.sessionRevoked');
  return c.redirect('/account/security', 303);
});
