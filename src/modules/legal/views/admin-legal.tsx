import { formatDate } from '../../../platform/i18n/index.ts';
import { CheckboxField, ErrorSummary, TextArea, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { LegalPage } from '../default-texts.ts';
import { legalTitleKey } from './legal-page.tsx';

/** The admins' list of legal pages: each with its state (default text or last edit) and links. */
export function AdminLegalList(props: { ctx: PageContext; pages: { page: LegalPage; updatedAt: string | null }[] }) {
  const { t, locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t('legal.admin.title')}>
      <h1>{t('legal.admin.title')}</h1>
      <p class="lead">{t('legal.admin.intro')}</p>
      <ul class="cards">
        {props.pages.map(({ page, updatedAt }) => (
          <li class="card">
            <h2 class="card-title">{t(legalTitleKey(page))}</h2>
            <p class="meta">{updatedAt ? t('legal.admin.state.edited', { date: formatDate(locale, updatedAt) }) : t('legal.admin.state.default')}</p>
            <ul class="inline-list">
              <li><a href={`/admin/legal/${page}`}>{t('legal.admin.edit')}<span class="visually-hidden">{`${t('common.colon')}${t(legalTitleKey(page))}`}</span></a></li>
              <li><a href={`/legal/${page}`}>{t('legal.admin.view')}<span class="visually-hidden">{`${t('common.colon')}${t(legalTitleKey(page))}`}</span></a></li>
            </ul>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** The edit form of one legal page, in French and English, prefilled with the current (or default) text. */
export function AdminLegalEdit(props: { ctx: PageContext; page: LegalPage; form: FormState }) {
  const { ctx, page, form } = props;
  const { t } = ctx;
  const title = t('legal.admin.editTitle', { page: t(legalTitleKey(page)) });
  const labels = { body_fr: t('legal.admin.body_fr'), body_en: t('legal.admin.body_en') };
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <form method="post" action={`/admin/legal/${page}`} class="stacked" novalidate>
        <ErrorSummary state={form} t={t} labels={labels} />
        <p class="hint">{t('legal.admin.syntax')}</p>
        <TextArea state={form} name="body_fr" label={labels.body_fr} required t={t} rows={18} maxlength={40_000} />
        <TextArea state={form} name="body_en" label={labels.body_en} required t={t} rows={18} maxlength={40_000} />
        {page === 'terms' && <CheckboxField state={form} name="askAgain" label={t('legal.admin.askAgain')} />}
        <div class="actions">
          <button type="submit">{t('legal.admin.save')}</button>
          <a href={`/legal/${page}`}>{t('legal.admin.view')}</a>
        </div>
      </form>
    </Layout>
  );
}
