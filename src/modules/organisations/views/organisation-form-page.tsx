import { CheckboxField, ErrorSummary, type FormState, SelectField, TextArea, TextField } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { organisationKinds } from '../policy.ts';
import { neighbourhoodOptions, ProblemNotice } from './organisation-parts.tsx';

interface Props {
  ctx: PageContext;
  state: FormState;
  neighbourhoods: { id: string; name_fr: string; name_en: string }[];
  /** Absent when creating; the organisation being edited otherwise. */
  editing?: { slug: string; name: string };
}

/** The form to create an organisation or edit its details. */
export function OrganisationFormPage({ ctx, state, neighbourhoods, editing }: Props) {
  const { t } = ctx;
  const title = editing ? t('org.edit.title', { name: editing.name }) : t('org.create.title');
  const labels = {
    name: t('org.field.name'),
    kind: t('org.field.kind'),
    description: t('org.field.description'),
    descriptionLanguage: t('org.field.descriptionLanguage'),
    website: t('org.field.website'),
    neighbourhoodId: t('org.field.neighbourhood'),
  };
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {!editing && <p class="lead">{t('org.create.lead')}</p>}
      <ProblemNotice ctx={ctx} problem={state.errors._form} />
      <ErrorSummary state={{ ...state, errors: withoutForm(state.errors) }} t={t} labels={labels} />
      <form method="post" action={editing ? `/organisations/${editing.slug}/edit` : '/organisations'} class="stacked">
        <TextField state={state} name="name" label={labels.name} required maxlength={120} t={t} />
        <SelectField state={state} name="kind" label={labels.kind} required t={t} options={organisationKinds.map((k) => ({ value: k, label: t(`org.kind.${k}`) }))} />
        <TextArea state={state} name="description" label={labels.description} maxlength={5000} t={t} />
        <SelectField state={state} name="descriptionLanguage" label={labels.descriptionLanguage} t={t} options={[{ value: '', label: t('org.language.unsaid') }, { value: 'fr', label: t('org.language.fr') }, { value: 'en', label: t('org.language.en') }]} />
        <TextField state={state} name="website" type="url" label={labels.website} hint={t('org.field.websiteHint')} maxlength={300} t={t} />
        <SelectField state={state} name="neighbourhoodId" label={labels.neighbourhoodId} t={t} options={neighbourhoodOptions(ctx, neighbourhoods, t('common.wholeCity'))} />
        {!editing && <CheckboxField state={state} name="listed" label={t('org.field.listed')} />}
        <button type="submit">{editing ? t('form.save') : t('org.create.submit')}</button>
      </form>
    </Layout>
  );
}

function withoutForm(errors: Record<string, string>): Record<string, string> {
  const { _form, ...fields } = errors;
  return fields;
}
