import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ComponentContext } from '../queries.ts';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized, otherLanguage } from '../../../web/localized-text.tsx';

/** A proposal whose answer is drafted, waiting for publication. */
export interface DraftRow {
  id: string;
  title: string;
  draft_status: string | null;
  created_at: string;
}

/** Admin page: drafted answers of a component, published all at once or for the proposals of one phase. */
export function AnswersPage(props: { ctx: PageContext; context: ComponentContext; drafts: DraftRow[] }) {
  const { ctx, context, drafts } = props;
  const { t, locale } = ctx;
  const base = `/processes/${context.detail.process.slug}/c/${context.component.id}`;
  return (
    <Layout ctx={ctx} title={t('proposals.answers.title')}>
      <nav aria-label={t('proposals.page.breadcrumb')}>
        <p><a href={base}>{t('proposals.page.back')}</a></p>
      </nav>
      <h1>{t('proposals.answers.title')}</h1>
      <p>{t('proposals.answers.intro')}</p>
      {drafts.length === 0 ? (
        <p>{t('proposals.answers.none')}</p>
      ) : (
        <>
          <DataTable
            caption={t('proposals.answers.caption', { count: drafts.length })}
            rows={drafts}
            columns={[
              { header: t('proposals.field.title'), cell: (d) => <a href={`/proposals/${d.id}`}>{d.title}</a> },
              { header: t('proposals.answer.status'), cell: (d) => t(`proposals.status.${d.draft_status}`) },
            ]}
          />
          <form method="post" action={`${base}/answers/publish`} class="stacked">
            <div class="field">
              <label for="field-phase">{t('proposals.answers.phase')}</label>
              <select id="field-phase" name="phase">
                <option value="">{t('proposals.answers.allPhases')}</option>
                {context.detail.phases.map((p) => <option value={p.id} lang={otherLanguage(locale, p.name_fr, p.name_en)}>{localized(locale, p.name_fr, p.name_en)}</option>)}
              </select>
            </div>
            <button type="submit">{t('proposals.answers.publish')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
