import { localized } from '../../../platform/i18n/index.ts';
import { CheckboxField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { NeighbourhoodRow, ProcessRow } from '../types.ts';
import { UploadedImage } from '../../../web/uploaded-image.tsx';
import { AttachmentFields, attachmentLabels, type AttachmentView } from '../../attachments/index.ts';
import { Localized } from '../../../web/localized-text.tsx';

const fieldNames = ['slug', 'title_fr', 'title_en', 'summary_fr', 'summary_en', 'body_fr', 'body_en', 'scope', 'neighbourhoods', 'hero', 'hero_alt_fr', 'hero_alt_en'];

function NeighbourhoodChoices(props: { ctx: PageContext; state: FormState; neighbourhoods: NeighbourhoodRow[] }) {
  const { ctx, state } = props;
  const chosen = state.values.neighbourhoods;
  const list = Array.isArray(chosen) ? chosen : chosen ? [chosen] : [];
  const error = state.errors.neighbourhoods;
  return (
    <fieldset id="field-neighbourhoods" class={error ? 'has-error' : undefined}>
      <legend>{ctx.t('processes.form.neighbourhoods')}</legend>
      <p class="hint">{ctx.t('processes.form.neighbourhoodsHint')}</p>
      {error && <p class="field-error">{error}</p>}
      {props.neighbourhoods.length === 0 && <p>{ctx.t('processes.form.noNeighbourhoods')}</p>}
      {props.neighbourhoods.map((n) => (
        <div class="field checkbox">
          <input type="checkbox" id={`neighbourhood-${n.id}`} name="neighbourhoods" value={n.id} checked={list.includes(n.id)} />
          <label for={`neighbourhood-${n.id}`}><Localized ctx={ctx} fr={n.name_fr} en={n.name_en} /></label>
        </div>
      ))}
    </fieldset>
  );
}

function HeroField(props: { ctx: PageContext; state: FormState }) {
  const error = props.state.errors.hero;
  const { t } = props.ctx;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for="field-hero">
        {t('processes.form.hero')}
        <span class="optional"> ({t('form.optional')})</span>
      </label>
      <p class="hint" id="hint-hero">{t('processes.form.heroHint')}</p>
      {error && <p class="field-error" id="error-hero">{error}</p>}
      <input type="file" id="field-hero" name="hero" accept="image/png,image/jpeg,image/webp" aria-describedby={error ? 'hint-hero error-hero' : 'hint-hero'} aria-invalid={error ? 'true' : undefined} />
    </div>
  );
}

/** The create and edit form of a process (multipart, for the optional hero image). */
export function ProcessFormPage(props: { ctx: PageContext; state: FormState; neighbourhoods: NeighbourhoodRow[]; process: ProcessRow | null; attachments: AttachmentView[] }) {
  const { ctx, state, process } = props;
  const { t } = ctx;
  const title = process ? t('processes.form.editTitle') : t('processes.form.newTitle');
  const labels = { ...Object.fromEntries(fieldNames.map((n) => [n, t(`processes.form.${n}`)])), ...attachmentLabels(t, props.attachments) };
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {process && <p><a href={`/admin/processes/${process.id}`}>{t('processes.admin.backToProcess')}</a></p>}
      <ErrorSummary state={state} t={t} labels={labels} />
      <form method="post" class="stacked" enctype="multipart/form-data" action={process ? `/admin/processes/${process.id}/edit` : '/admin/processes'}>
        <TextField state={state} name="slug" label={labels.slug} hint={t('processes.form.slugHint')} required t={t} maxlength={80} />
        <TextField state={state} name="title_fr" label={labels.title_fr} required t={t} maxlength={160} />
        <TextField state={state} name="title_en" label={labels.title_en} hint={t('processes.form.englishHint')} t={t} maxlength={160} />
        <TextArea state={state} name="summary_fr" label={labels.summary_fr} required t={t} rows={3} maxlength={500} />
        <TextArea state={state} name="summary_en" label={labels.summary_en} hint={t('processes.form.englishHint')} t={t} rows={3} maxlength={500} />
        <TextArea state={state} name="body_fr" label={labels.body_fr} hint={t('components.page.syntax')} t={t} rows={10} />
        <TextArea state={state} name="body_en" label={labels.body_en} hint={t('processes.form.englishHint')} t={t} rows={10} />
        <SelectField
          state={state}
          name="scope"
          label={labels.scope}
          required
          t={t}
          options={[
            { value: 'city', label: t('common.wholeCity') },
            { value: 'neighbourhoods', label: t('processes.form.scopeNeighbourhoods') },
          ]}
        />
        <NeighbourhoodChoices ctx={ctx} state={state} neighbourhoods={props.neighbourhoods} />
        {process?.hero_upload_id && (
          <>
            <p>{t('processes.form.currentHero')}</p>
            <UploadedImage id={process.hero_upload_id} alt={process.hero_alt_fr} width={320} />
            <CheckboxField state={state} name="remove_hero" label={t('processes.form.removeHero')} />
          </>
        )}
        <HeroField ctx={ctx} state={state} />
        <TextField state={state} name="hero_alt_fr" label={labels.hero_alt_fr} hint={t('processes.form.heroAltHint')} t={t} maxlength={200} />
        <TextField state={state} name="hero_alt_en" label={labels.hero_alt_en} hint={t('processes.form.englishHint')} t={t} maxlength={200} />
        <AttachmentFields ctx={ctx} state={state} existing={props.attachments} languages="both" />
        <p class="actions"><button type="submit">{t('form.save')}</button></p>
      </form>
    </Layout>
  );
}
