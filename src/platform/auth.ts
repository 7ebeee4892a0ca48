import { createHash } from 'node:crypto';
import { betterAuth, type BetterAuthOptions } from 'better-auth';
import type { Kysely } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { Mailer } from './mail.ts';
import { findCityIdentity } from './city.ts';
import { mailText } from './mail-texts.ts';

export interface AuthDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  secret: string;
  baseUrl: string;
  mailer: Mailer | null;
}

const resetPrefix = 'reset-password:';

/**
 * How a password-reset token is stored: `reset-password:` and the token's SHA-256, never the token itself,
 * so a reader of the database or of a dump cannot use a live reset link (the token is 24 random characters:
 * a hash without salt is enough). The prefix stays readable, to find an account's reset links.
 */
export function storedResetIdentifier(token: string): string {
  return resetPrefix + createHash('sha256').update(token).digest('base64url');
}

/** better-auth options shared by the running app and the schema migration (telemetry always off). */
export function authOptions(deps: AuthDeps): BetterAuthOptions {
  const send = async (to: string, kind: Parameters<typeof mailText>[0], url: string, locale?: string | null) => {
    if (!deps.mailer) return;
    const m = mailText(kind, url, locale, (await findCityIdentity(deps.db)).name ?? undefined);
    await deps.mailer.send({ to, subject: m.subject, text: m.text });
  };
  return {
    appName: 'cocity',
    baseURL: deps.baseUrl,
    secret: deps.secret,
    telemetry: { enabled: false },
    // Expected refusals (wrong password...) are answered to the user; only real errors belong in the log.
    logger: { level: 'error' },
    database: { db: deps.db as Kysely<any>, type: deps.dialect, transaction: true },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
      // better-auth consumes only the link that was used: the account's other reset links (older or newer,
      // perhaps in a mailbox someone else reads) must not set the password again.
      onPasswordReset: async ({ user }) => {
        await deps.db.deleteFrom('verification').where('value', '=', user.id).where('identifier', 'like', `${resetPrefix}%`).execute();
      },
      // Links point at our own pages, which call auth.api with the token.
      sendResetPassword: async ({ user, token }) =>
        send(user.email, 'reset', `${deps.baseUrl}/account/reset-password?token=${encodeURIComponent(token)}`, (user as { locale?: string }).locale),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: false,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, token }) => {
        // better-auth reuses this hook for a change of address: the token then carries the new address.
        const newEmail = emailChangeTarget(token);
        const link = `${deps.baseUrl}/account/verify-email?token=${encodeURIComponent(token)}`;
        await send(newEmail ?? user.email, newEmail ? 'changeEmail' : 'verify', link, (user as { locale?: string }).locale);
      },
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'resident', input: false },
        locale: { type: 'string', required: false, input: true },
        deletedAt: { type: 'string', required: false, input: false },
      },
      changeEmail: { enabled: true, updateEmailWithoutVerification: false },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    verification: { storeIdentifier: { default: 'plain', overrides: { [resetPrefix]: { hash: async (identifier) => storedResetIdentifier(identifier.slice(resetPrefix.length)) } } } },
    rateLimit: { enabled: false }, // our own limiter covers the form routes, see platform/rate-limit.ts
    advanced: {
      cookiePrefix: 'cocity',
      useSecureCookies: deps.baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
  };
}

/** The new address when a verification token is for a change of email (its payload has `updateTo`). */
function emailChangeTarget(token: string): string | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { updateTo?: unknown };
    return typeof payload.updateTo === 'string' ? payload.updateTo : null;
  } catch {
    return null;
  }
}

/** Creates the better-auth instance bound to the app's database and mailer. */
export function createAuth(deps: AuthDeps) {
  return betterAuth(authOptions(deps));
}

export type Auth = ReturnType<typeof createAuth>;
