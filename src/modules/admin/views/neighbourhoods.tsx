import type { NeighbourhoodTable } from '../../../db/schema.ts';
import { ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';

/** The city-wide list of neighbourhoods, with rename per row (deleting goes through its confirmation page) and a form to add one. */
export function NeighbourhoodsPage(props: { ctx: PageContext; rows: NeighbourhoodTable[]; form: FormState }) {
  const { t } = props.ctx;
  const labels = { name_fr: t('admin.hoods.nameFr'), name_en: t('admin.hoods.nameEn') };
  return (
    <Layout ctx={props.ctx} title={t('admin.neighbourhoods')}>
      <h1>{t('admin.neighbourhoods')}</h1>
      <p>{t('admin.hoods.intro')}</p>
      {props.rows.length === 0 && <p>{t('admin.hoods.empty')}</p>}
      <ul class="cards">
        {props.rows.map((n) => (
          <li class="card">
            <form method="post" action={`/admin/neighbourhoods/${n.id}`}>
              <div class="field">
                <label for={`fr-${n.id}`}>{t('admin.hoods.nameFr')}</label>
                <input type="text" id={`fr-${n.id}`} name="name_fr" value={n.name_fr} required maxlength={80} />
              </div>
              <div class="field">
                <label for={`en-${n.id}`}>{t('admin.hoods.nameEn')}</label>
                <input type="text" id={`en-${n.id}`} name="name_en" value={n.name_en} maxlength={80} />
              </div>
              <button type="submit" class="secondary">{t('admin.hoods.rename')}</button>
            </form>
            <p class="danger-row"><a href={`/admin/neighbourhoods/${n.id}/delete`} class="danger-link">{t('admin.hoods.deleteFor', { name: n.name_fr })}</a></p>
          </li>
        ))}
      </ul>
      <h2>{t('admin.hoods.addTitle')}</h2>
      <form method="post" action="/admin/neighbourhoods" class="stacked" novalidate>
        <ErrorSummary state={props.form} t={t} labels={labels} />
        <TextField state={props.form} t={t} name="name_fr" label={labels.name_fr} required maxlength={80} />
        <TextField state={props.form} t={t} name="name_en" label={labels.name_en} maxlength={80} />
        <button type="submit">{t('admin.hoods.add')}</button>
      </form>
    </Layout>
  );
}
