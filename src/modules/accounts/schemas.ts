import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, passwordProblem, passwordProblemKey } from './password-rules.ts';

const email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());
const locale = z.enum(['fr', 'en']);

// Checks every rule except "not the email", which needs the email field too.
const newPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value, '');
  if (problem) ctx.addIssue({ code: 'custom', message: passwordProblemKey(problem) });
});

const notTheEmail = (passwordField: string, emailOf: (v: Record<string, string>) => string) => (v: Record<string, string>, ctx: z.RefinementCtx) => {
  if (passwordProblem(v[passwordField], emailOf(v)) === 'sameAsEmail') ctx.addIssue({ code: 'custom', path: [passwordField], message: 'accounts.password.sameAsEmail' });
};

/** Sign-up: name, email, a password following the rule, the language for emails, and the terms of use accepted. */
export const signUpSchema = z
  .object({ name: z.string().trim().min(1).max(80), email, password: newPassword, locale, terms: z.literal('on', { message: 'accounts.field.termsRequired' }) })
  .superRefine(notTheEmail('password', (v) => v.email));

/** Sign-in: where to go next is checked separately (see platform/safe-path.ts). */
export const signInSchema = z.object({ email, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) });

/** Any form that only asks for an email address (resend link, forgot password). */
export const emailOnlySchema = z.object({ email });

/** Choosing a new password from a reset link; the email check is done with the address the token belongs to. */
export const resetPasswordSchema = (accountEmail: string) =>
  z.object({ token: z.string().min(1).max(500), password: newPassword }).superRefine(notTheEmail('password', () => accountEmail));

/** Changing the password while signed in. */
export const changePasswordSchema = (accountEmail: string) =>
  z
    .object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword, revokeOtherSessions: z.literal('on').optional() })
    .superRefine(notTheEmail('newPassword', () => accountEmail));

/** Changing the email address: the new one, confirmed with the current password. */
export const changeEmailSchema = z.object({ newEmail: email, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) });

/** The preferred language. */
export const languageSchema = z.object({ locale });

/** Confirming account deletion with the password. */
export const deleteAccountSchema = z.object({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH) });
