import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, SelectField, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { NeighbourhoodRow } from '../../processes/index.ts';
import { localizedOption } from '../../../web/localized-text.tsx';

/** `/verification/desk`: staff verify a person in person; what they type from the document only makes the keyed hash. */
export function DeskPage(props: { ctx: PageContext; state: FormState; neighbourhoods: NeighbourhoodRow[]; enabled: boolean }) {
  const { ctx, state } = props;
  const { t, locale } = ctx;
  const labels = { account_email: t('verification.desk.email'), identifier: t('verification.census.identifier'), birth_date: t('verification.census.birthDate'), neighbourhood_id: t('verification.letter.neighbourhood') };
  return (
    <Layout ctx={ctx} title={t('verification.desk.pageTitle')}>
      <h1>{t('verification.desk.pageTitle')}</h1>
      <p>{t('verification.desk.staffIntro')}</p>
      {!props.enabled && <p class="notice">{t('verification.desk.refused.closed')}</p>}
      {state.errors._form && <p class="field-error" role="alert">{state.errors._form}</p>}
      <ErrorSummary state={{ ...state, errors: Object.fromEntries(Object.entries(state.errors).filter(([k]) => k !== '_form')) }} t={t} labels={labels} />
      <form method="post" action="/verification/desk" class="stacked">
        <TextField state={state} name="account_email" type="email" label={labels.account_email} required t={t} maxlength={200} autocomplete="off" />
        <TextField state={state} name="identifier" label={labels.identifier} hint={t('verification.desk.identifierHint')} required t={t} maxlength={64} autocomplete="off" />
        <TextField state={state} name="birth_date" label={labels.birth_date} hint={t('verification.census.birthDateHint')} required t={t} maxlength={10} autocomplete="off" />
        <SelectField state={state} name="neighbourhood_id" label={labels.neighbourhood_id} required t={t} options={props.neighbourhoods.map((n) => localizedOption(locale, n.id, n.name_fr, n.name_en))} />
        <p class="actions"><button type="submit">{t('verification.desk.submit')}</button></p>
      </form>
    </Layout>
  );
}
