import type { ExportSection } from '../accounts/index.ts';
import { parseParams } from './queries.ts';

const notifications: ExportSection = async (db, userId) => {
  const rows = await db
    .selectFrom('notification')
    .select(['id', 'kind', 'params', 'url', 'delivery', 'created_at', 'read_at', 'emailed_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return ['notifications', rows.map((r) => ({ ...r, params: parseParams(r.params) }))];
};

const notificationPreferences: ExportSection = async (db, userId) => [
  'notificationPreferences',
  (await db.selectFrom('notification_preference').select(['email_delivery', 'updated_at']).where('user_id', '=', userId).executeTakeFirst()) ?? null,
];

/** What this module adds to "download my data", in order. */
export const notificationExportSections: ExportSection[] = [notifications, notificationPreferences];
