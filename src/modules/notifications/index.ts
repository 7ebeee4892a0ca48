import { defineModule } from '../define-module.ts';
import { notificationExportSections } from './account-export.ts';
import { notificationsMessages } from './messages.ts';
import { notificationRoutes } from './routes.tsx';

/** Notifications in the app and by email (immediately or as a daily digest). */
export const notificationsModule = defineModule({ name: 'notifications', routes: [{ path: '/', router: notificationRoutes }], messages: notificationsMessages, exportSections: notificationExportSections });

/** What other modules may use from notifications: tell people that something happened, and the digest run. */
export { notify, type NotificationInput, type NotifyDeps } from './service.ts';
export { notificationKinds, type NotificationKind, type EmailDelivery } from './kinds.ts';
export { sendDailyDigest, type DigestReport } from './digest.ts';
export { countUnread } from './queries.ts';
