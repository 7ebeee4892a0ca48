import { messagesFromEntries } from '../../platform/i18n/message-set.ts';
import { adminEntries } from './messages-admin.ts';
import { pageEntries } from './messages-pages.ts';
import { vocabularyEntries } from './messages-vocabulary.ts';

const entries = [...vocabularyEntries, ...pageEntries, ...adminEntries] as const;

/** Every UI string of the indicators module, French and English. */
export const indicatorsMessages = messagesFromEntries(entries);
