import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asEmailDelivery, type EmailDelivery } from './kinds.ts';

/** Who may receive a notification: existing, not deleted people, with their language and email choice. */
export interface Recipient {
  id: string;
  email: string;
  emailVerified: boolean;
  locale: string | null;
  delivery: EmailDelivery;
}

/** The recipients among these ids, in one query (deleted accounts are left out). */
export async function findRecipients(db: Kysely<Database>, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('user')
    .leftJoin('notification_preference', 'notification_preference.user_id', 'user.id')
    .select(['user.id', 'user.email', 'user.emailVerified', 'user.locale', 'notification_preference.email_delivery'])
    .where('user.id', 'in', userIds)
    .where('user.deletedAt', 'is', null)
    .execute();
  return rows.map((r) => ({ id: r.id, email: r.email, emailVerified: Boolean(r.emailVerified), locale: r.locale, delivery: asEmailDelivery(r.email_delivery) }));
}

/** A person's email choice (the default when they never chose). */
export async function findEmailDelivery(db: Kysely<Database>, userId: string): Promise<EmailDelivery> {
  const row = await db.selectFrom('notification_preference').select('email_delivery').where('user_id', '=', userId).executeTakeFirst();
  return asEmailDelivery(row?.email_delivery);
}

/** Stores a person's email choice (insert or replace). */
export async function saveEmailDelivery(db: Kysely<Database>, userId: string, delivery: EmailDelivery): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('notification_preference')
    .values({ user_id: userId, email_delivery: delivery, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ email_delivery: delivery, updated_at: now }))
    .execute();
}

/** One in-app notification as the list shows it. */
export interface NotificationItem {
  id: string;
  kind: string;
  params: Record<string, string>;
  url: string;
  createdAt: string;
  readAt: string | null;
}

/** A person's latest notifications, newest first. */
export async function listNotifications(db: Kysely<Database>, userId: string, limit = 100): Promise<NotificationItem[]> {
  const rows = await db
    .selectFrom('notification')
    .select(['id', 'kind', 'params', 'url', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, params: parseParams(r.params), url: r.url, createdAt: r.created_at, readAt: r.read_at }));
}

/** How many of a person's notifications are unread. */
export async function countUnread(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db.selectFrom('notification').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Reads the stored params of a notification; a broken value gives no params rather than an error. */
export function parseParams(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
  } catch {
    // fall through
  }
  return {};
}
