/** One UI string: its key, then French, then English. */
export type MessageEntry = readonly [key: string, fr: string, en: string];

/** A module's UI strings, French and English side by side, keyed by the keys it declares. */
export interface MessageSet<Key extends string = string> {
  fr: Record<Key, string>;
  en: Record<Key, string>;
}

/**
 * Turns `[key, fr, en]` rows (declared `as const`) into a message set whose keys stay literal types,
 * so that `t('a.key')` is checked against the keys that exist.
 */
export function messagesFromEntries<const E extends readonly MessageEntry[]>(entries: E): MessageSet<E[number][0]> {
  return {
    fr: Object.fromEntries(entries.map(([key, fr]) => [key, fr])) as Record<E[number][0], string>,
    en: Object.fromEntries(entries.map(([key, , en]) => [key, en])) as Record<E[number][0], string>,
  };
}
