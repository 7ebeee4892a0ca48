import type { Locale } from '../../config.ts';
import { catalogs, type MessageKey } from './catalogs.ts';

export type { MessageKey } from './catalogs.ts';

/**
 * A key `t()` accepts: a literal key must exist in the catalogues (a typo fails to compile); a key built
 * at run time (`org.role.${role}`) must match at least one key that exists. The labels test checks
 * that every value such a key can take has its strings.
 */
export type CheckedKey<K extends string> = K & ([Extract<MessageKey, K>] extends [never] ? MessageKey : unknown);

/** Translates a key of the catalogues; `params` fill `{name}` and plural placeholders. (`const` keeps a key built
 * with a template as a template type, `proposals.status.${string}`, so that its shape is checked too.) */
export type Translate = <const K extends string>(key: CheckedKey<K>, params?: Record<string, string | number>) => string;

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Returns the translator for a locale; a missing key shows itself so tests and readers notice it. */
export function translator(locale: Locale): Translate {
  const messages = catalogs[locale];
  return (key, params) => {
    const template = punctuate(locale, messages[key] ?? catalogs.fr[key] ?? key);
    if (!params) return template;
    const counted = template.includes(', plural, ')
      ? template.replace(pluralPattern, (m, name: string, branches: string) => (name in params ? choosePlural(locale, params[name], branches) : m))
      : template;
    return counted.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? formatParam(locale, params[name]) : m));
  };
}

const NARROW_NO_BREAK_SPACE = '\u202F';
const typeset = new Map<string, string>();

/**
 * Spacing before « : ; ? ! » by the rules of each language: French puts a narrow no-break space there (so
 * no line can start with the mark), English none. Applied to the catalog text, never to the values put in
 * it (an address, a time, a person's words stay as they are).
 */
export function punctuate(locale: Locale, text: string): string {
  const cacheKey = locale + text;
  let done = typeset.get(cacheKey);
  if (done === undefined) {
    done = spaceMarks(locale, text);
    // The catalogs are finite: the map holds each text once per language.
    typeset.set(cacheKey, done);
  }
  return done;
}

/** `punctuate` for a text of the city's (a title, a description, a legal page): the same rules, nothing kept. */
export function spaceMarks(locale: Locale, text: string): string {
  return locale === 'fr' ? text.replace(/[ \u00A0\u202F]+([:;?!])/g, `${NARROW_NO_BREAK_SPACE}$1`) : text.replace(/[ \u00A0\u202F]+([:;?!])(?=\s|$)/g, '$1');
}

// `{count, plural, one {# vote} other {# votes}}`: the branch follows the language's plural rules, `#` is the number.
const pluralPattern = /\{(\w+), plural, ((?:[=\w]+ \{[^{}]*\}\s*)+)\}/g;
const pluralRules = new Map<Locale, Intl.PluralRules>();

function choosePlural(locale: Locale, value: string | number, branches: string): string {
  const n = typeof value === 'number' ? value : Number(value.replace(/[^\d.-]/g, ''));
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale[locale])));
  const options = new Map([...branches.matchAll(/([=\w]+) \{([^{}]*)\}/g)].map((b) => [b[1], b[2]]));
  const text = options.get(`=${n}`) ?? options.get(rules.select(n)) ?? options.get('other') ?? '';
  return text.replace(/#/g, formatParam(locale, value));
}

function formatParam(locale: Locale, value: string | number): string {
  return typeof value === 'number' ? formatNumber(locale, value) : value;
}

/** Formats a number for the locale (French uses a narrow no-break space for thousands). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  // Same reason as dates: counts and shares in tables would rebuild a formatter each time. Options
  // come from the code (a handful of shapes), never from input, so the map stays small.
  const key = options ? `${locale}:${JSON.stringify(options)}` : locale;
  let formatter = numberFormatters.get(key);
  if (!formatter) numberFormatters.set(key, (formatter = new Intl.NumberFormat(intlLocale[locale], options)));
  return formatter.format(value);
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

// A bare day (YYYY-MM-DD) is read at noon UTC so that no time zone moves it to the day before.
const asDate = (iso: string | Date): Date => (typeof iso === 'string' ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso) : iso);

/** Formats an ISO date or date-time as a long date in the locale ("1er décembre 2026", "1 December 2026"). */
export function formatDate(locale: Locale, iso: string | Date): string {
  return firstOfMonth(locale, dateFormatter(locale, false).format(asDate(iso)));
}

/** Formats an ISO date-time as a long date with the time of day (UTC) in the locale. */
export function formatDateTime(locale: Locale, iso: string | Date): string {
  return firstOfMonth(locale, dateFormatter(locale, true).format(asDate(iso)));
}

// French writes the first day of a month as an ordinal, "1er mai"; Intl writes "1 mai".
const firstOfMonth = (locale: Locale, text: string): string => (locale === 'fr' ? text.replace(/^1(?=[ \u00A0\u202F])/, '1er') : text);

// Building an Intl formatter costs ~0.1 ms: a list of 200 cards would spend most of its time there.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: 'UTC' });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Picks the value of a bilingual field (`x_fr`/`x_en`) in the page's language, falling back to the other one
 * when it is blank, spaced before « : ; ? ! » by the rules of the language it is written in (a city's texts
 * are typed with plain spaces).
 */
export function localized(locale: Locale, fr: string, en: string): string {
  return writtenIn(locale, fr, en) === 'en' ? spaceMarks('en', en) : spaceMarks('fr', fr);
}

/** The language of what `localized()` shows: the page's, or the other one when the page's text is blank. */
export function writtenIn(locale: Locale, fr: string, en: string): Locale {
  const [own, other] = locale === 'en' ? [en, fr] : [fr, en];
  return own.trim() || !other.trim() ? locale : locale === 'en' ? 'fr' : 'en';
}
