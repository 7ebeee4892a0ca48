import { localizedPlain } from '../../../web/localized-text.tsx';
import { CheckboxField, ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { NeighbourhoodPopulation } from '../queries.ts';

/** The admins' participation settings: each neighbourhood's population (with its year), and noise on or off. */
export function ParticipationAdminPage(props: { ctx: PageContext; hoods: NeighbourhoodPopulation[]; state: FormState }) {
  const { ctx, hoods, state } = props;
  const { t } = ctx;
  const labels: Record<string, string> = {};
  for (const h of hoods) {
    // A label is plain text: a name written only in French says so on the English page.
    const name = localizedPlain(ctx, h.name_fr, h.name_en);
    labels[`population-${h.id}`] = t('participation.admin.population', { area: name });
    labels[`year-${h.id}`] = t('participation.admin.referenceYear', { area: name });
  }
  return (
    <Layout ctx={ctx} title={t('participation.admin.title')}>
      <h1>{t('participation.admin.title')}</h1>
      <p><a href="/participation">{t('participation.admin.see')}</a></p>
      <ErrorSummary state={state} t={t} labels={labels} />
      <form method="post" action="/admin/participation" class="stacked">
        <fieldset>
          <legend>{t('participation.admin.populations')}</legend>
          <p class="hint">{t('participation.admin.populationsHint')}</p>
          {hoods.map((h) => (
            <div class="filters">
              <TextField t={t} state={state} name={`population-${h.id}`} type="number" label={labels[`population-${h.id}`]} />
              <TextField t={t} state={state} name={`year-${h.id}`} label={labels[`year-${h.id}`]} maxlength={4} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('participation.admin.privacy')}</legend>
          <p class="hint">{t('participation.admin.privacyHint')}</p>
          <CheckboxField state={state} name="differentialPrivacy" label={t('participation.admin.differentialPrivacy')} />
        </fieldset>
        <button type="submit">{t('participation.admin.save')}</button>
      </form>
    </Layout>
  );
}
