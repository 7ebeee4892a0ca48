import { raw } from 'hono/html';
import { CheckboxField, ErrorSummary, type FormState } from '../../../web/form.tsx';
import { spaceMarks } from '../../../platform/i18n/index.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';

/** The new version of the terms of use, with the checkbox to accept it before going on. */
export function AcceptTermsPage(props: { ctx: PageContext; body: string; version: number; next: string; form: FormState }) {
  const { ctx, form } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('legal.terms.againTitle')}>
      <h1>{t('legal.terms.againTitle')}</h1>
      <p class="lead">{t('legal.terms.againIntro')}</p>
      <section class="prose terms-text" aria-labelledby="terms-title">
        <h2 id="terms-title">{`${t('legal.page.terms')} — ${t('legal.termsVersion', { version: props.version })}`}</h2>
        {raw(renderMarkdown(spaceMarks(ctx.locale, props.body)))}
      </section>
      <form method="post" action="/legal/terms/accept" class="stacked" novalidate>
        <ErrorSummary state={form} t={t} labels={{ accept: t('legal.terms.acceptLabel') }} />
        <input type="hidden" name="next" value={props.next} />
        <CheckboxField state={form} name="accept" label={t('legal.terms.acceptLabel')} required />
        <button type="submit">{t('legal.terms.accept')}</button>
      </form>
    </Layout>
  );
}
