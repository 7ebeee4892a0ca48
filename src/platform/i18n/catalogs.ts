import type { Locale } from '../../config.ts';
import { accountsMessages } from '../../modules/accounts/messages.ts';
import { adminMessages } from '../../modules/admin/messages.ts';
import { budgetsMessages } from '../../modules/budgets/messages.ts';
import { commentsMessages } from '../../modules/comments/messages.ts';
import { moderationMessages } from '../../modules/moderation/messages.ts';
import { notificationsMessages } from '../../modules/notifications/messages.ts';
import { homeMessages } from '../../modules/home/messages.ts';
import { organisationsMessages } from '../../modules/organisations/messages.ts';
import { processesMessages } from '../../modules/processes/messages.ts';
import { proposalsMessages } from '../../modules/proposals/messages.ts';
import { opinionMapsMessages } from '../../modules/opinion-maps/messages.ts';
import { registersMessages } from '../../modules/registers/messages.ts';
import { statisticsMessages } from '../statistics/messages.ts';
import { coreMessages } from './core-messages.ts';

type Catalog = Record<string, string>;
export interface MessageSet {
  fr: Catalog;
  en: Catalog;
}

// Each module keeps its own strings in messages.ts; they are merged here once.
export const messageSets: MessageSet[] = [coreMessages, accountsMessages, adminMessages, homeMessages, organisationsMessages, processesMessages, proposalsMessages, commentsMessages, moderationMessages, notificationsMessages, budgetsMessages, opinionMapsMessages, registersMessages, statisticsMessages];

/** Every UI string, per locale. */
export const catalogs: Record<Locale, Catalog> = {
  fr: Object.assign({}, ...messageSets.map((s) => s.fr)),
  en: Object.assign({}, ...messageSets.map((s) => s.en)),
};
