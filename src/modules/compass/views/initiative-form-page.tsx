import type { NeighbourhoodRow } from '../../processes/index.ts';
import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import type { ManagedOrganisation } from '../actors.ts';
import { dimensions, initiativeStatuses, linkField, linkKinds } from '../initiative-input.ts';
import type { LinkedItem } from '../initiative-queries.ts';
import { CheckboxGroup } from './checkbox-group.tsx';
import { CompassLayout } from './frame.tsx';
import { localizedOption } from '../../../web/localized-text.tsx';

export interface InitiativeFormOptions {
  neighbourhoods: NeighbourhoodRow[];
  targets: LinkedItem[];
  /** When proposing: who the proposal is from (the city for admins, the organisations the person runs). */
  actors: { value: string; label: string }[] | null;
}

/** Builds the "propose as" choices: the city for admins, then the organisations the person runs. */
export function actorChoices(ctx: PageContext, isAdmin: boolean, organisations: ManagedOrganisation[]): { value: string; label: string }[] {
  return [...(isAdmin ? [{ value: 'self', label: ctx.t('compass.form.asCity') }] : []), ...organisations.map((o) => ({ value: o.id, label: o.name }))];
}

/** Proposing or editing an initiative: a plain form, every choice a checkbox or a select. */
export function InitiativeFormPage(props: { ctx: PageContext; form: FormState; options: InitiativeFormOptions; action: string; heading: string }) {
  const { ctx, form, options } = props;
  const { t, locale } = ctx;
  const labels = Object.fromEntries(['actor', 'title_fr', 'title_en', 'description_fr', 'description_en', 'scope', 'neighbourhoods', 'budget', 'starts_on', 'ends_on', 'status', 'dimensions', ...linkKinds.map(linkField)].map((k) => [k, t(`compass.form.${k}`)]));
  return (
    <CompassLayout ctx={ctx} title={props.heading}>
      <h1>{props.heading}</h1>
      <ErrorSummary state={form} t={t} labels={labels} />
      <form method="post" action={props.action} class="stacked" novalidate>
        {options.actors && <SelectField state={form} name="actor" label={labels.actor} required t={t} options={options.actors} />}
        <TextField state={form} name="title_fr" label={labels.title_fr} required maxlength={200} t={t} />
        <TextField state={form} name="title_en" label={labels.title_en} required maxlength={200} t={t} />
        <TextArea state={form} name="description_fr" label={labels.description_fr} required maxlength={5000} t={t} />
        <TextArea state={form} name="description_en" label={labels.description_en} required maxlength={5000} t={t} />
        <SelectField state={form} name="scope" label={labels.scope} required t={t} options={[{ value: 'city', label: t('compass.scope.city') }, { value: 'neighbourhoods', label: t('compass.scope.neighbourhoods') }]} />
        <CheckboxGroup ctx={ctx} state={form} name="neighbourhoods" legend={labels.neighbourhoods} options={options.neighbourhoods.map((n) => localizedOption(locale, n.id, n.name_fr, n.name_en))} />
        <TextField state={form} name="budget" label={labels.budget} hint={t('compass.form.budgetHint')} required t={t} />
        <TextField state={form} name="starts_on" type="date" label={labels.starts_on} t={t} />
        <TextField state={form} name="ends_on" type="date" label={labels.ends_on} t={t} />
        <SelectField state={form} name="status" label={labels.status} required t={t} options={initiativeStatuses.map((s) => ({ value: s, label: t(`compass.status.${s}`) }))} />
        <CheckboxGroup ctx={ctx} state={form} name="dimensions" legend={labels.dimensions} options={dimensions.map((d) => ({ value: d, label: t(`compass.dimension.${d}`) }))} />
        {linkKinds.map((kind) => (
          <CheckboxGroup ctx={ctx} state={form} name={linkField(kind)} legend={labels[linkField(kind)]} options={options.targets.filter((x) => x.kind === kind).map((x) => ({ value: x.id, label: localized(locale, x.name_fr, x.name_en) }))} />
        ))}
        <p><button type="submit">{t('form.save')}</button></p>
      </form>
    </CompassLayout>
  );
}
