import type { Locale } from '../../config.ts';
import { statisticsMessages } from '../statistics/messages.ts';
import { coreMessages } from './core-messages.ts';

type Catalog = Record<string, string>;

/** A module's UI strings, French and English side by side. */
export interface MessageSet {
  fr: Catalog;
  en: Catalog;
}

/** The platform's own strings (layout, errors, forms, published statistics). */
export const platformMessages: MessageSet = {
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
