import { type MessageEntry, messagesFromEntries } from '../../platform/i18n/message-set.ts';
/** Strings of the admin home's figures and of the readable audit log, French and English side by side. */
const entries = [
  ['admin.glance.title', 'En un coup d’œil', 'At a glance'],
  ['admin.glance.tools', 'Outils', 'Tools'],
  ['admin.glance.participants', '{count, plural, one {personne a participé} other {personnes ont participé}} ce mois-ci', '{count, plural, one {person took part} other {people took part}} this month'],
  ['admin.glance.participantsHint', 'Propositions, soutiens et commentaires depuis le 1er du mois (les votes ne sont pas datés, pour le secret du vote).', 'Proposals, supports and comments since the first of the month (votes carry no date, for ballot secrecy).'],
  ['admin.glance.participantsLink', 'Participation par quartier', 'Participation per neighbourhood'],
  ['admin.glance.waiting', '{count, plural, one {proposition attend} other {propositions attendent}} une réponse de la ville', '{count, plural, one {proposal waits} other {proposals wait}} for the city’s answer'],
  ['admin.glance.waitingMedian', 'Attente médiane : {days, plural, one {# jour} other {# jours}}.', 'Median wait: {days, plural, one {# day} other {# days}}.'],
  ['admin.glance.waitingLongest', 'Celles qui attendent depuis le plus longtemps :', 'Waiting the longest:'],
  ['admin.glance.waitingItem', '{title} ({days, plural, one {# jour} other {# jours}})', '{title} ({days, plural, one {# day} other {# days}})'],
  ['admin.glance.queue', '{count, plural, one {contribution signalée attend} other {contributions signalées attendent}} la modération', '{count, plural, one {flagged contribution waits} other {flagged contributions wait}} for moderation'],
  ['admin.glance.queueLink', 'File de modération', 'Moderation queue'],
  ['admin.glance.votes', '{count, plural, one {vote ouvert} other {votes ouverts}}', '{count, plural, one {open vote} other {open votes}}'],
  ['admin.glance.voteTurnout', '{title} : {voters, plural, one {# votant} other {# votants}}, soit {percent} des {accounts, plural, one {# compte confirmé} other {# comptes confirmés}}', '{title}: {voters, plural, one {# voter} other {# voters}}, {percent} of the {accounts, plural, one {# confirmed account} other {# confirmed accounts}}'],
  ['admin.glance.overdue', '{count, plural, one {fiche du registre a dépassé} other {fiches du registre ont dépassé}} sa date de révision', '{count, plural, one {register entry is} other {register entries are}} past their review date'],
  ['admin.glance.overdueLink', 'Tableau de bord des registres', 'Register dashboard'],
  ['admin.audit.change', '{field} : {before} → {after}', '{field}: {before} → {after}'],
  ['admin.audit.value', '{field} : {value}', '{field}: {value}'],
  ['admin.audit.blank', '(vide)', '(empty)'],
  ['admin.audit.deletedTarget', '{type} supprimé', 'deleted {type}'],
] as const satisfies readonly MessageEntry[];

export const glanceMessages = messagesFromEntries(entries);
