import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { storedResetIdentifier } from '../../platform/auth.ts';

/** A session as the owner sees it in the list: never its token. */
export interface SessionSummary {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ipAddress: string | null;
}

const iso = (v: string | Date): string => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** The person's sessions that have not expired, most recently used first. */
export async function listActiveSessions(db: Kysely<Database>, userId: string, now = new Date()): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom('session')
    .select(['id', 'createdAt', 'updatedAt', 'expiresAt', 'userAgent', 'ipAddress'])
    .where('userId', '=', userId)
    .execute();
  // Dates are stored differently by each dialect, so compare them here rather than in SQL.
  return rows
    .map((r) => ({ id: r.id, createdAt: iso(r.createdAt), lastSeenAt: iso(r.updatedAt), expiresAt: iso(r.expiresAt), userAgent: r.userAgent, ipAddress: r.ipAddress }))
    .filter((s) => new Date(s.expiresAt) > now)
    .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
}

/** The token of one of the person's sessions, or null when the id is not theirs. */
export async function findOwnSessionToken(db: Kysely<Database>, userId: string, sessionId: string): Promise<string | null> {
  const row = await db.selectFrom('session').select('token').where('id', '=', sessionId).where('userId', '=', userId).executeTakeFirst();
  return row?.token ?? null;
}

/** The stored password hash of the person's email-and-password account, if they have one. */
export async function findPasswordHash(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('account')
    .select('password')
    .where('userId', '=', userId)
    .where('providerId', '=', 'credential')
    .executeTakeFirst();
  return row?.password ?? null;
}

/** The email address a password-reset token was issued for (to refuse that address as the new password). */
export async function findEmailForResetToken(db: Kysely<Database>, token: string): Promise<string | null> {
  const row = await db
    .selectFrom('verification')
    .innerJoin('user', 'user.id', 'verification.value')
    .select('user.email')
    .where('verification.identifier', '=', storedResetIdentifier(token))
    .executeTakeFirst();
  return row?.email ?? null;
}

/** The account's own row (profile fields only). */
export async function findProfile(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('user')
    .select(['id', 'name', 'email', 'emailVerified', 'role', 'locale', 'createdAt', 'updatedAt', 'deletedAt'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
