import { isAPIError } from 'better-auth/api';

/** The better-auth error code of a refusal, or null when the error is not one of better-auth's. */
export function authErrorCode(err: unknown): string | null {
  if (!isAPIError(err)) return null;
  const body = err.body as { code?: unknown } | undefined;
  return typeof body?.code === 'string' ? body.code : String(err.status);
}

// Which form field a refusal belongs to, and which catalog message explains it.
const known: Record<string, { field: string; key: string }> = {
  INVALID_EMAIL_OR_PASSWORD: { field: 'password', key: 'accounts.errors.wrongCredentials' },
  INVALID_EMAIL: { field: 'email', key: 'form.invalidEmail' },
  INVALID_PASSWORD: { field: 'currentPassword', key: 'accounts.errors.wrongPassword' },
  PASSWORD_TOO_SHORT: { field: 'password', key: 'accounts.password.tooShort' },
  PASSWORD_TOO_LONG: { field: 'password', key: 'accounts.password.tooLong' },
  USER_ALREADY_EXISTS: { field: 'email', key: 'accounts.errors.emailTaken' },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: { field: 'email', key: 'accounts.errors.emailTaken' },
  INVALID_TOKEN: { field: '_form', key: 'accounts.errors.invalidLink' },
  TOKEN_EXPIRED: { field: '_form', key: 'accounts.errors.expiredLink' },
  USER_NOT_FOUND: { field: '_form', key: 'accounts.errors.invalidLink' },
  INVALID_USER: { field: '_form', key: 'accounts.errors.invalidLink' },
  CREDENTIAL_ACCOUNT_NOT_FOUND: { field: 'currentPassword', key: 'accounts.errors.wrongPassword' },
};

/**
 * Turns a better-auth refusal into one form error (field → catalog key); anything else is rethrown,
 * because an unknown failure is a bug to log, not a message to invent.
 */
export function authErrorToField(err: unknown, fieldAliases: Record<string, string> = {}): { field: string; key: string; code: string } {
  const code = authErrorCode(err);
  if (code === null) throw err;
  const match = known[code] ?? { field: '_form', key: 'accounts.errors.refused' };
  return { field: fieldAliases[match.field] ?? match.field, key: match.key, code };
}
