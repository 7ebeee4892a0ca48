import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** One part of "download my data": returns the section's name and what cocity holds about the person in it. */
export type ExportSection = (db: Kysely<Database>, userId: string) => Promise<[name: string, data: unknown]>;

const profile: ExportSection = async (db, userId) => {
  const row = await db
    .selectFrom('user')
    .select(['id', 'name', 'email', 'emailVerified', 'role', 'locale', 'createdAt', 'updatedAt'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return ['profile', row ? { ...row, emailVerified: Boolean(row.emailVerified) } : null];
};

// Tokens are secrets, not data about the person: they are never exported.
const sessions: ExportSection = async (db, userId) => [
  'sessions',
  await db.selectFrom('session').select(['id', 'createdAt', 'updatedAt', 'expiresAt', 'ipAddress', 'userAgent']).where('userId', '=', userId).orderBy('createdAt').execute(),
];

const organisationMemberships: ExportSection = async (db, userId) => [
  'organisationMemberships',
  await db
    .selectFrom('organisation_member')
    .innerJoin('organisation', 'organisation.id', 'organisation_member.organisation_id')
    .select(['organisation.id as organisationId', 'organisation.slug', 'organisation.name', 'organisation_member.role', 'organisation_member.listed', 'organisation_member.created_at as since'])
    .where('organisation_member.user_id', '=', userId)
    .orderBy('organisation_member.created_at')
    .execute(),
];

const organisationInvitations: ExportSection = async (db, userId) => {
  const email = await emailOf(db, userId);
  const rows = await db
    .selectFrom('organisation_invitation')
    .innerJoin('organisation', 'organisation.id', 'organisation_invitation.organisation_id')
    .select(['organisation_invitation.id', 'organisation.name as organisation', 'organisation_invitation.email', 'organisation_invitation.role', 'organisation_invitation.status', 'organisation_invitation.created_at', 'organisation_invitation.answered_at', 'organisation_invitation.invited_by'])
    .where((eb) => eb.or([eb(eb.fn('lower', ['organisation_invitation.email']), '=', email), eb('organisation_invitation.invited_by', '=', userId)]))
    .orderBy('organisation_invitation.created_at')
    .execute();
  return ['organisationInvitations', rows];
};

const auditLog: ExportSection = async (db, userId) => {
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'action', 'target_type', 'target_id', 'on_behalf_of_org_id', 'details', 'created_at'])
    .where('actor_user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return ['auditLog', rows.map((r) => ({ ...r, details: parseDetails(r.details) }))];
};

const mails: ExportSection = async (db, userId) => {
  const email = await emailOf(db, userId);
  const rows = await db
    .selectFrom('outbox')
    .select(['id', 'to_address', 'subject', 'text_body', 'created_at', 'sent_at'])
    .where((eb) => eb(eb.fn('lower', ['to_address']), '=', email))
    .orderBy('created_at')
    .execute();
  return ['mails', rows];
};

declare module '../../platform/context.ts' {
  interface ModuleRegistry {
    /** The sections of "download my data", in order: the account's own, then each module's `exportSections`. */
    exportSections: readonly ExportSection[];
  }
}

/** The account's own sections; the installer puts every module's sections after them. */
export const baseExportSections: readonly ExportSection[] = [profile, sessions, organisationMemberships, organisationInvitations, auditLog, mails];

/** Builds the whole export of one person: one key per section, plus when and what format. */
export async function buildAccountExport(db: Kysely<Database>, exportSections: readonly ExportSection[], userId: string, now = new Date()): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = { format: 'cocity-account-export/1', exportedAt: now.toISOString() };
  for (const section of exportSections) {
    const [name, data] = await section(db, userId);
    result[name] = data;
  }
  return result;
}

async function emailOf(db: Kysely<Database>, userId: string): Promise<string> {
  const row = await db.selectFrom('user').select('email').where('id', '=', userId).executeTakeFirst();
  return (row?.email ?? '').toLowerCase();
}

function parseDetails(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
