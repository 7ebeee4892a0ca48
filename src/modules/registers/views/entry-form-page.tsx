import { localized } from '../../../platform/i18n/index.ts';
import { CheckboxField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { fieldsetsOf, fieldsOf, type EntryType, type FieldSpec } from '../fields.ts';
import { choiceLabel } from '../present.ts';
import type { Lookups } from '../queries.ts';
import { dtpr } from '../vocabulary.ts';
import { RegisterLayout } from './register-frame.tsx';
import { localizedOption } from '../../../web/localized-text.tsx';

/** What the entry form offers in its selects. */
export interface EntryFormOptions {
  lookups: Lookups;
  /** Departments this person may file entries for. */
  departmentIds: string[];
}

function VocabularyField(props: { ctx: PageContext; state: FormState; spec: FieldSpec; single: boolean }) {
  const { ctx, state, spec } = props;
  const raw = state.values[spec.name];
  const chosen = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const error = state.errors[spec.name];
  const terms = dtpr().elementsOf(spec.category!);
  return (
    <fieldset class={error ? 'field has-error' : 'field'} id={`field-${spec.name}`}>
      <legend>{ctx.t(`registers.field.${spec.name}`)}</legend>
      <p class="hint">{dtpr().categories.get(spec.category!)?.description[ctx.locale]}</p>
      {error && <p class="field-error">{error}</p>}
      {props.single && (
        <div class="checkbox">
          <input type="radio" id={`${spec.name}-none`} name={spec.name} value="" checked={chosen.length === 0} />
          <label for={`${spec.name}-none`}>{ctx.t('registers.form.notStated')}</label>
        </div>
      )}
      {terms.map((term) => (
        <div class="checkbox">
          <input type={props.single ? 'radio' : 'checkbox'} id={`${spec.name}-${term.id}`} name={spec.name} value={term.id} checked={chosen.includes(term.id)} />
          <label for={`${spec.name}-${term.id}`}>{term.name[ctx.locale].replace(/\{\{\s*\w+\s*\}\}/g, '').trim()}</label>
        </div>
      ))}
    </fieldset>
  );
}

function EntryField(props: { ctx: PageContext; state: FormState; spec: FieldSpec; type: EntryType; options: EntryFormOptions }) {
  const { ctx, state, spec, options } = props;
  const { t, locale } = ctx;
  const base = { state, t, name: spec.name, label: t(`registers.field.${spec.name}`), required: spec.required, hint: t(`registers.hint.${spec.name}`) };
  const hint = base.hint === `registers.hint.${spec.name}` ? undefined : base.hint;
  const common = { ...base, hint };
  const none = { value: '', label: t('registers.form.none') };
  switch (spec.kind) {
    case 'longtext':
      return <TextArea {...common} rows={4} maxlength={spec.max} />;
    case 'url':
      return <TextField {...common} type="url" maxlength={spec.max} />;
    case 'email':
      return <TextField {...common} type="email" maxlength={spec.max} />;
    case 'date':
      return <TextField {...common} type="date" />;
    case 'days':
    case 'latitude':
    case 'longitude':
      return <TextField {...common} type="text" />;
    case 'flag':
      return <CheckboxField state={state} name={spec.name} label={common.label} />;
    case 'choice':
      return <SelectField {...common} options={[none, ...(spec.choices ?? []).map((v) => ({ value: v, label: choiceLabel(locale, t, spec.name, v) }))]} />;
    case 'vocab':
    case 'vocabOne':
      return <VocabularyField ctx={ctx} state={state} spec={spec} single={spec.kind === 'vocabOne'} />;
    case 'department':
      return <SelectField {...common} options={[none, ...options.departmentIds.flatMap((id) => { const d = options.lookups.departments.get(id); return d ? [{ value: id, label: localized(locale, d.name_fr, d.name_en) }] : []; })]} />;
    case 'neighbourhood':
      return <SelectField {...common} options={[none, ...[...options.lookups.neighbourhoods.values()].map((n) => localizedOption(locale, n.id, n.name_fr, n.name_en))]} />;
    case 'process':
      return <SelectField {...common} options={[none, ...[...options.lookups.processes.values()].map((p) => ({ value: p.id, label: localized(locale, p.title_fr, p.title_en) }))]} />;
    default:
      return <TextField {...common} maxlength={spec.max} />;
  }
}

/** The long form of a register entry, in fieldsets; re-rendered with errors beside fields and values kept. */
export function EntryFormPage(props: { ctx: PageContext; type: EntryType; state: FormState; options: EntryFormOptions; entryId: string | null }) {
  const { ctx, type, state, options, entryId } = props;
  const { t } = ctx;
  const title = t(entryId ? `registers.form.edit.${type}` : `registers.form.new.${type}`);
  const labels = Object.fromEntries(fieldsOf(type).map((s) => [s.name, t(`registers.field.${s.name}`)]));
  return (
    <RegisterLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{t(`registers.form.intro.${type}`)}</p>
      <form method="post" action={entryId ? `/registers/${type}s/${entryId}/edit` : `/registers/${type}s/new`} class="stacked" novalidate>
        <ErrorSummary state={state} t={t} labels={labels} />
        {fieldsetsOf(type).map((set) => (
          <fieldset>
            <legend>{t(`registers.fieldset.${type}.${set}`)}</legend>
            {fieldsOf(type)
              .filter((s) => s.fieldset === set)
              .map((spec) => (
                <EntryField ctx={ctx} state={state} spec={spec} type={type} options={options} />
              ))}
          </fieldset>
        ))}
        <p class="actions">
          <button type="submit">{t('registers.form.save')}</button>
          <a href={entryId ? `/registers/${type}s/${entryId}` : `/registers/${type}s`}>{t('registers.form.cancel')}</a>
        </p>
      </form>
    </RegisterLayout>
  );
}
