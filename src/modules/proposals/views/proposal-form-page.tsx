import { localized } from '../../../platform/i18n/index.ts';
import { CheckboxField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { AttachmentFields, attachmentLabels, type AttachmentView } from '../../attachments/index.ts';
import { LocationFieldset } from '../../geography/index.ts';
import { ActorPicker, type ActingOption } from '../../organisations/index.ts';
import { proposalCategories } from '../policy.ts';
import type { ComponentContext } from '../queries.ts';
import { localizedOption } from '../../../web/localized-text.tsx';

/** The form to write a proposal (new) or change it (edit: no "publish as", the author stays). */
export function ProposalFormPage(props: { ctx: PageContext; context: ComponentContext; state: FormState; action: string; mode: 'new' | 'edit'; actingOptions: ActingOption[]; backHref: string; picker?: string | null; attachments: AttachmentView[] }) {
  const { ctx, context, state, mode } = props;
  const { t, locale } = ctx;
  const title = t(mode === 'new' ? 'proposals.new.title' : 'proposals.edit.title');
  const labels = {
    title: t('proposals.field.title'),
    body: t('proposals.field.body'),
    category: t('proposals.field.category'),
    neighbourhood: t('proposals.field.neighbourhood'),
    address: t('proposals.field.address'),
    latitude: t('geography.location.latitude'),
    longitude: t('geography.location.longitude'),
    actor: t('org.actor.label'),
    ...attachmentLabels(t, props.attachments),
  };
  return (
    <Layout ctx={ctx} title={title}>
      <nav aria-label={t('proposals.page.breadcrumb')}>
        <p><a href={props.backHref}>{t('proposals.form.back')}</a></p>
      </nav>
      <h1>{title}</h1>
      <ErrorSummary state={state} t={t} labels={labels} />
      <form method="post" action={props.action} class="stacked" enctype="multipart/form-data" novalidate>
        <TextField state={state} name="title" label={labels.title} hint={t('proposals.field.titleHint')} required t={t} maxlength={150} />
        <TextArea state={state} name="body" label={labels.body} hint={t('proposals.field.bodyHint')} required t={t} rows={10} maxlength={10000} />
        <SelectField state={state} name="category" label={labels.category} required t={t} options={[{ value: '', label: t('proposals.form.choose') }, ...proposalCategories.map((c) => ({ value: c, label: t(`proposals.category.${c}`) }))]} />
        <SelectField
          state={state}
          name="neighbourhood"
          label={labels.neighbourhood}
          required
          t={t}
          options={[{ value: '', label: t('proposals.form.choose') }, { value: 'city', label: t('proposals.wholeCity') }, ...context.neighbourhoods.map((n) => localizedOption(locale, n.id, n.name_fr, n.name_en))]}
        />
        <TextField state={state} name="address" label={labels.address} hint={t('proposals.field.addressHint')} t={t} maxlength={200} />
        <LocationFieldset ctx={ctx} state={state} picker={props.picker ?? null} />
        <AttachmentFields ctx={ctx} state={state} existing={props.attachments} languages="author" />
        {mode === 'new' && <ActorPicker t={t} options={props.actingOptions} state={state} />}
        {props.actingOptions.length > 0 && <CheckboxField state={state} name="show_member_name" label={t('proposals.field.showMemberName')} />}
        <button type="submit">{t(mode === 'new' ? 'proposals.new.submit' : 'proposals.edit.submit')}</button>
      </form>
    </Layout>
  );
}
