import { raw } from 'hono/html';
import { formatDate, spaceMarks } from '../../../platform/i18n/index.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { LegalPage } from '../default-texts.ts';

/** The title of a legal page (the accessibility link in the footer states the compliance; its page title does not). */
export const legalTitleKey = (page: LegalPage): string => (page === 'accessibility' ? 'legal.title.accessibility' : `legal.page.${page}`);

/** A legal page as published: its text, when it was last changed (or that it is the default), and the terms' version. */
export function LegalPageView(props: { ctx: PageContext; page: LegalPage; body: string; updatedAt: string | null; version: number }) {
  const { ctx, page } = props;
  const { t, locale } = ctx;
  const title = t(legalTitleKey(page));
  return (
    <Layout ctx={ctx} title={title}>
      <article class="prose">
        <h1>{title}</h1>
        <p class="meta">
          {props.updatedAt ? t('legal.updated', { date: formatDate(locale, props.updatedAt) }) : t('legal.defaultText')}
          {page === 'terms' && ` ${t('legal.termsVersion', { version: props.version })}`}
        </p>
        {raw(renderMarkdown(spaceMarks(locale, props.body)))}
      </article>
    </Layout>
  );
}
