import { adminEntries } from './messages-admin.ts';
import { pageEntries } from './messages-pages.ts';
import { vocabularyEntries } from './messages-vocabulary.ts';

const entries = [...vocabularyEntries, ...pageEntries, ...adminEntries];

/** Every UI string of the indicators module, French and English. */
export const indicatorsMessages = {
  fr: Object.fromEntries(entries.map(([k, fr]) => [k, fr])) as Record<string, string>,
  en: Object.fromEntries(entries.map(([k, , en]) => [k, en])) as Record<string, string>,
};
