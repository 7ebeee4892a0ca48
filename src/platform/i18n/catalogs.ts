import type { Locale } from '../../config.ts';
import { statisticsMessages } from '../statistics/messages.ts';
import { coreMessages } from './core-messages.ts';

import type { MessageSet } from './message-set.ts';

export type { MessageSet } from './message-set.ts';

type Catalog = Record<string, string>;

/**
 * The keys of every installed module's strings. Empty here (the platform knows no module); the module
 * list (src/modules/index.ts) adds the keys of the modules it installs, so `t('a.key')` fails to compile
 * when no module declares that key.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from the module list.
export interface InstalledMessageKeys {}

/** A key `t()` accepts: the platform's own or an installed module's. */
export type MessageKey = keyof typeof platformMessages.fr | (keyof InstalledMessageKeys & string);

/** The platform's own strings (layout, errors, forms, published statistics). */
export const platformMessages = {
  fr: { ...coreMessages.fr, ...statisticsMessages.fr },
  en: { ...coreMessages.en, ...statisticsMessages.en },
};

/**
 * Every UI string, per locale: the platform's own, then each installed module's. The module list adds
 * its sets once at start (src/modules/install.ts); the platform itself knows no module.
 */
export const catalogs: Record<Locale, Catalog> = { fr: { ...platformMessages.fr }, en: { ...platformMessages.en } };

/** Adds a module's strings to the catalogs (adding the same set again changes nothing). */
export function addMessages(set: MessageSet): void {
  Object.assign(catalogs.fr, set.fr);
  Object.assign(catalogs.en, set.en);
}
