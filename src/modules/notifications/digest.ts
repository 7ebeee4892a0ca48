import { mailSender, type NotifyDeps } from './service.ts';
import { digestMail } from './mail-text.ts';
import { asEmailDelivery } from './kinds.ts';
import { parseParams } from './queries.ts';

/** What one digest run did. */
export interface DigestReport {
  mailsSent: number;
  notificationsIncluded: number;
  failures: number;
}

/**
 * Sends each person who chose the daily digest one email listing their notifications not emailed yet.
 * Items are claimed (emailed_at set) before sending so two runs at once never mail the same item twice;
 * a failed send releases them for the next run. People who since chose "none" get nothing, and their
 * pending items are dropped from the queue.
 */
export async function sendDailyDigest(deps: NotifyDeps, now = new Date()): Promise<DigestReport> {
  const stamp = now.toISOString();
  const rows = await deps.db
    .selectFrom('notification')
    .innerJoin('user', 'user.id', 'notification.user_id')
    .leftJoin('notification_preference', 'notification_preference.user_id', 'notification.user_id')
    .select(['notification.id', 'notification.user_id', 'notification.kind', 'notification.params', 'notification.url', 'notification.created_at', 'user.email', 'user.emailVerified', 'user.locale', 'user.deletedAt', 'notification_preference.email_delivery'])
    .where('notification.delivery', '=', 'daily')
    .where('notification.emailed_at', 'is', null)
    .orderBy('notification.user_id')
    .orderBy('notification.created_at')
    .execute();
  const byPerson = new Map<string, typeof rows>();
  for (const row of rows) byPerson.set(row.user_id, [...(byPerson.get(row.user_id) ?? []), row]);

  const report: DigestReport = { mailsSent: 0, notificationsIncluded: 0, failures: 0 };
  const sender = byPerson.size ? await mailSender(deps) : null;
  for (const [userId, items] of byPerson) {
    const ids = items.map((i) => i.id);
    const claimed = await deps.db.updateTable('notification').set({ emailed_at: stamp }).where('id', 'in', ids).where('emailed_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== ids.length) continue; // another run took them
    const first = items[0];
    const wantsMail = asEmailDelivery(first.email_delivery) !== 'none' && !first.deletedAt && Boolean(first.emailVerified);
    if (!wantsMail || !sender) continue;
    try {
      const mail = digestMail(sender, { id: userId, email: first.email, locale: first.locale }, items.map((i) => ({ kind: i.kind, params: parseParams(i.params), url: i.url, createdAt: i.created_at })));
      await deps.mailer.send(mail);
      report.mailsSent += 1;
      report.notificationsIncluded += items.length;
    } catch (err) {
      report.failures += 1;
      deps.log.warn({ err, userId }, 'digest mail failed');
      await deps.db.updateTable('notification').set({ emailed_at: null }).where('id', 'in', ids).execute();
    }
  }
  return report;
}
