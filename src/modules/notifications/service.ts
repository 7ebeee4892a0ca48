import { randomUUID } from 'node:crypto';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { findCityIdentity } from '../../platform/city.ts';
import { unauthorized } from '../../platform/errors.ts';
import type { EmailDelivery, NotificationKind } from './kinds.ts';
import { notificationMail, type MailSender } from './mail-text.ts';
import { findRecipients, saveEmailDelivery } from './queries.ts';
import { readUnsubscribeToken } from './unsubscribe-token.ts';

/** What notify and the digest need from the app: the database, the mailer, the config (base URL, secret) and the log. */
export type NotifyDeps = Pick<AppDeps, 'db' | 'mailer' | 'config' | 'log'>;

/** One thing to tell some people about. */
export interface NotificationInput {
  userIds: string[];
  kind: NotificationKind;
  /** `{title}` and the like; a `statusKey` is a catalog key translated in each reader's language; `reason` a moderation reason. */
  params: Record<string, string>;
  url: string;
  excludeUserId?: string;
  /** The news in words (a comment's text, an answer's rationale), quoted in the email and the digest. */
  news?: string;
}

// A comment or a rationale is quoted in full up to this length; longer ones end with "…" and the link says the rest.
export const NEWS_LENGTH = 1500;

const withNews = (n: NotificationInput): Record<string, string> => {
  const news = n.news?.trim();
  if (!news) return n.params;
  return { ...n.params, news: news.length > NEWS_LENGTH ? `${news.slice(0, NEWS_LENGTH).trimEnd()}…` : news };
};

/** The config and the city's name the emails are signed with (read once per batch of mails). */
export async function mailSender(deps: Pick<NotifyDeps, 'db' | 'config'>): Promise<MailSender> {
  return { config: deps.config, cityName: (await findCityIdentity(deps.db)).name };
}

/**
 * Records one in-app notification per person (deleted accounts and `excludeUserId` skipped) and emails
 * those who want it immediately, in their language. A failing mail is logged, never thrown: the action
 * that caused the notification has already happened.
 */
export async function notify(deps: NotifyDeps, n: NotificationInput): Promise<void> {
  const ids = [...new Set(n.userIds)].filter((id) => id !== n.excludeUserId);
  const recipients = await findRecipients(deps.db, ids);
  if (recipients.length === 0) return;
  const now = new Date().toISOString();
  const params = withNews(n);
  const rows = recipients.map((r) => ({
    id: randomUUID(),
    user_id: r.id,
    kind: n.kind,
    params: JSON.stringify(params),
    url: n.url,
    delivery: r.delivery,
    created_at: now,
    read_at: null,
    emailed_at: null,
  }));
  await deps.db.insertInto('notification').values(rows).execute();
  const sent: string[] = [];
  const sender = recipients.some((r) => r.delivery === 'immediately') ? await mailSender(deps) : null;
  for (const [i, person] of recipients.entries()) {
    if (!sender || person.delivery !== 'immediately' || !person.emailVerified) continue;
    try {
      await deps.mailer.send(notificationMail(sender, person, { ...n, params }));
      sent.push(rows[i].id);
    } catch (err) {
      deps.log.warn({ err, userId: person.id, kind: n.kind }, 'notification mail failed');
    }
  }
  if (sent.length) await deps.db.updateTable('notification').set({ emailed_at: now }).where('id', 'in', sent).execute();
}

/** Marks one of the person's notifications read and returns where it points (null when it is not theirs). */
export async function openNotification(deps: Pick<AppDeps, 'db'>, user: CurrentUser | null, id: string): Promise<string | null> {
  if (!user) throw unauthorized();
  const row = await deps.db.selectFrom('notification').select(['url', 'read_at']).where('id', '=', id).where('user_id', '=', user.id).executeTakeFirst();
  if (!row) return null;
  if (!row.read_at) await deps.db.updateTable('notification').set({ read_at: new Date().toISOString() }).where('id', '=', id).execute();
  return row.url;
}

/** Marks every notification of the person read. */
export async function markAllRead(deps: Pick<AppDeps, 'db'>, user: CurrentUser | null): Promise<void> {
  if (!user) throw unauthorized();
  await deps.db.updateTable('notification').set({ read_at: new Date().toISOString() }).where('user_id', '=', user.id).where('read_at', 'is', null).execute();
}

/** Saves how the signed-in person wants their emails. */
export async function setEmailDelivery(deps: Pick<AppDeps, 'db'>, user: CurrentUser | null, delivery: EmailDelivery): Promise<void> {
  if (!user) throw unauthorized();
  await saveEmailDelivery(deps.db, user.id, delivery);
}

/** Turns all notification emails off for the person an unsubscribe token names; false when the token is not genuine. */
export async function unsubscribeWithToken(deps: Pick<AppDeps, 'db' | 'config'>, token: string): Promise<boolean> {
  const userId = readUnsubscribeToken(deps.config.authSecret, token);
  if (!userId) return false;
  const exists = await deps.db.selectFrom('user').select('id').where('id', '=', userId).where('deletedAt', 'is', null).executeTakeFirst();
  if (!exists) return false;
  await saveEmailDelivery(deps.db, userId, 'none');
  return true;
}
