/** What other modules may use from notifications: tell people that something happened, and the digest run. */
export { notify, type NotificationInput, type NotifyDeps } from './service.ts';
export { notificationKinds, type NotificationKind, type EmailDelivery } from './kinds.ts';
export { sendDailyDigest, type DigestReport } from './digest.ts';
export { countUnread } from './queries.ts';
