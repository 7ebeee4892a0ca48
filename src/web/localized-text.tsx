import { raw } from 'hono/html';
import type { Locale } from '../config.ts';
import type { Translate } from '../platform/i18n/index.ts';
import { renderMarkdown } from './markdown.ts';

/** The language of what `localized()` shows: French when an English page falls back to the French text. */
export function shownLanguage(locale: Locale, fr: string, en: string): Locale {
  return locale === 'en' && !en.trim() ? 'fr' : locale;
}

/**
 * A bilingual field as a line of text. When an English page shows the French text (no English was written),
 * the text carries `lang="fr"` so screen readers pronounce it in French, and "(in French)" follows it.
 */
export function LocalizedText(props: { locale: Locale; t: Translate; fr: string; en: string }) {
  const lang = shownLanguage(props.locale, props.fr, props.en);
  if (lang === props.locale || !props.fr.trim()) return <>{props.locale === 'en' && props.en.trim() ? props.en : props.fr}</>;
  return (
    <>
      <span lang={lang}>{props.fr}</span> <span class="other-language">{props.t('layout.inFrench')}</span>
    </>
  );
}

/** A bilingual Markdown body as a `.prose` block, marked the same way when it falls back to French. */
export function LocalizedProse(props: { locale: Locale; t: Translate; fr: string; en: string }) {
  const lang = shownLanguage(props.locale, props.fr, props.en);
  const body = lang === 'fr' ? props.fr : props.en;
  if (!body.trim()) return null;
  if (lang === props.locale) return <div class="prose">{raw(renderMarkdown(body))}</div>;
  return (
    <>
      <p class="other-language">{props.t('layout.inFrenchBelow')}</p>
      <div class="prose" lang={lang}>{raw(renderMarkdown(body))}</div>
    </>
  );
}
