import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Locale } from '../config.ts';
import { localized, spaceMarks, writtenIn, type Translate } from '../platform/i18n/index.ts';
import { renderMarkdown } from './markdown.ts';

/** The language of what `localized()` shows: the other one when the page's text is blank (an English page falling back to French). */
export const shownLanguage = writtenIn;

/** "(in French)" / "(en anglais)": what follows a text shown in the other language than the page's. */
export const inLanguage = (t: Translate, lang: Locale) => t(lang === 'fr' ? 'layout.inFrench' : 'layout.inEnglish');

/** A label already picked in one language (a name, a chart label): `lang` is set only when it is not the page's. */
export interface LanguageLabel {
  text: string;
  lang?: Locale;
}

/** A bilingual field as a `LanguageLabel` for the page: its text, and `lang` when it falls back to the other language. */
export const languageLabel = (locale: Locale, fr: string, en: string | null): LanguageLabel => ({ text: localized(locale, fr, en ?? ''), lang: otherLanguage(locale, fr, en) });

/** A `LanguageLabel` on the page: in its `lang` span followed by "(in French)" when it is in the other language. */
export function MarkedText(props: { ctx: Reader; label: LanguageLabel }) {
  const { text, lang } = props.label;
  if (!lang || lang === props.ctx.locale) return <>{text}</>;
  return (
    <>
      <span lang={lang}>{text}</span> <span class="other-language">{inLanguage(props.ctx.t, lang)}</span>
    </>
  );
}

/** A `LanguageLabel` as plain text (a title, an alt, an aria-label): followed by "(in French)" when in the other language. */
export const plainLabel = (ctx: Reader, label: LanguageLabel): string => (!label.lang || label.lang === ctx.locale ? label.text : `${label.text} ${inLanguage(ctx.t, label.lang)}`);

/**
 * A bilingual field as a line of text. When a page shows the other language's text (its own was not written),
 * the text carries that `lang` so screen readers pronounce it right, and "(in French)" follows it.
 */
export function LocalizedText(props: { locale: Locale; t: Translate; fr: string; en: string }) {
  return <MarkedText ctx={props} label={languageLabel(props.locale, props.fr, props.en)} />;
}

/**
 * A bilingual field as plain text, where no element can mark it (a page's `<title>`, an alt text, a chart
 * label, a value inside a sentence used as a title): followed by "(in French)" when it falls back.
 */
export function localizedPlain(ctx: Reader, fr: string, en: string | null): string {
  return plainLabel(ctx, languageLabel(ctx.locale, fr, en));
}

/** A bilingual Markdown body as a `.prose` block, marked the same way when it falls back to French. */
export function LocalizedProse(props: { locale: Locale; t: Translate; fr: string; en: string }) {
  const lang = shownLanguage(props.locale, props.fr, props.en);
  const body = spaceMarks(lang, lang === 'fr' ? props.fr : props.en);
  if (!body.trim()) return null;
  if (lang === props.locale) return <div class="prose">{raw(renderMarkdown(body))}</div>;
  return (
    <>
      <p class="other-language">{props.t(lang === 'fr' ? 'layout.inFrenchBelow' : 'layout.inEnglishBelow')}</p>
      <div class="prose" lang={lang}>{raw(renderMarkdown(body))}</div>
    </>
  );
}

/** What a page passes to the shorthands below: its language and its translator. */
type Reader = { locale: Locale; t: Translate };

/** `LocalizedText` with the page's context: `<Localized ctx={ctx} fr={row.title_fr} en={row.title_en} />`. */
export const Localized = (props: { ctx: Reader; fr: string; en: string | null }) => <LocalizedText locale={props.ctx.locale} t={props.ctx.t} fr={props.fr} en={props.en ?? ''} />;

/** `LocalizedProse` with the page's context, for a Markdown body. */
export const LocalizedBody = (props: { ctx: Reader; fr: string; en: string | null }) => <LocalizedProse locale={props.ctx.locale} t={props.ctx.t} fr={props.fr} en={props.en ?? ''} />;

/**
 * The `lang` attribute for an element whose text is `localized(locale, fr, en)` where a `<span>` cannot go
 * (an option, a link whose label is the whole text, a chart label): "fr" on an English page showing French.
 */
export function otherLanguage(locale: Locale, fr: string, en: string | null): Locale | undefined {
  const lang = shownLanguage(locale, fr, en ?? '');
  return lang === locale ? undefined : lang;
}

/** A select option for a bilingual name, marked `lang="fr"` when an English page shows its French. */
export const localizedOption = (locale: Locale, value: string, fr: string, en: string | null) => ({ value, label: localized(locale, fr, en ?? ''), lang: otherLanguage(locale, fr, en) });

// A character no catalogue text or value holds: where a sentence is cut to put a marked value in.
const SLOT = '\u0000';

/**
 * A translated sentence naming a bilingual value, both ways: `text` for a page's title or an attribute (the
 * value followed by "(in French)" when it falls back), `marked` for the page (the value in its `lang` span).
 * `sentence` builds the translation from the value, e.g. `(name) => t('opinion.results.title', { name })`.
 */
export function namedIn(ctx: Reader, sentence: (value: string) => string, fr: string, en: string | null): { text: string; marked: Child } {
  const text = sentence(localizedPlain(ctx, fr, en));
  if (!otherLanguage(ctx.locale, fr, en)) return { text, marked: text };
  return { text, marked: withValue(sentence(SLOT), <Localized ctx={ctx} fr={fr} en={en} />) };
}

/**
 * A translated sentence with a bilingual value marked inside it: pass the translation made with `SLOT_VALUE`
 * in place of the value, e.g. `withValue(t('x.inProcess', { process: SLOT_VALUE }), <Localized … />)`.
 */
export function withValue(sentence: string, value: Child): Child {
  const [before, ...after] = sentence.split(SLOT);
  return after.length ? <>{before}{value}{after.join('')}</> : sentence;
}

/** The placeholder `withValue` replaces. */
export const SLOT_VALUE = SLOT;
