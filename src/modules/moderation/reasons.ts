/** Why someone flags a resource; "other" needs a few words of explanation. */
export const flagReasons = ['spam', 'offensive', 'off_topic', 'personal_data', 'other'] as const;
export type FlagReason = (typeof flagReasons)[number];
