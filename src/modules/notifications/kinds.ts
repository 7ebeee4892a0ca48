/** What a notification is about; each kind has a catalog key `notifications.kind.<kind>` taking `{title}`. */
export const notificationKinds = ['comment_on_my_proposal', 'reply_to_my_comment', 'answer_on_followed_proposal', 'threshold_reached', 'coauthor_invitation', 'my_content_hidden'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How a person wants emails about their notifications: never, one per notification, or one daily digest. */
export const emailDeliveries = ['none', 'immediately', 'daily'] as const;
export type EmailDelivery = (typeof emailDeliveries)[number];

// Someone who never chose still learns quickly that somebody answered them; one click turns it down.
export const DEFAULT_EMAIL_DELIVERY: EmailDelivery = 'immediately';

/** Reads a stored delivery choice, falling back to the default for unknown or missing values. */
export function asEmailDelivery(value: string | null | undefined): EmailDelivery {
  return (emailDeliveries as readonly string[]).includes(value ?? '') ? (value as EmailDelivery) : DEFAULT_EMAIL_DELIVERY;
}
