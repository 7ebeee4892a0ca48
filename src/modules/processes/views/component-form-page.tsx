import { localized } from '../../../platform/i18n/index.ts';
import { DeletionZone, type Tally } from '../../../web/confirm.tsx';
import { ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ComponentManifest } from '../components/manifest.ts';
import { RequirementFields, SettingsFields } from '../components/settings-fields.tsx';
import { requirementFieldNames, verifiableActions } from '../components/requirements.ts';
import { settingFields } from '../components/settings-form.ts';
import type { ComponentRow, PhaseRow, ProcessRow } from '../types.ts';
import { dateRange } from './process-cards.tsx';
import { PostButton } from '../../../web/post-button.tsx';
import { Localized, namedIn } from '../../../web/localized-text.tsx';

function errorLabels(ctx: PageContext, manifest: ComponentManifest, phases: PhaseRow[]): Record<string, string> {
  const { t, locale } = ctx;
  const labels: Record<string, string> = { name_fr: t('processes.admin.components.nameFr'), name_en: t('processes.admin.components.nameEn') };
  for (const f of settingFields(manifest.type, manifest.globalSettings)) labels[`global.${f.name}`] = t(f.labelKey);
  for (const phase of phases) {
    for (const f of settingFields(manifest.type, manifest.phaseSettings)) labels[`phase.${phase.id}.${f.name}`] = `${localized(locale, phase.name_fr, phase.name_en)} — ${t(f.labelKey)}`;
  }
  for (const action of verifiableActions(manifest)) labels[requirementFieldNames(action).method] = t('components.requirement.method', { action: t(`components.${manifest.type}.actions.${action}`) });
  for (const name of Object.keys(manifest.content?.schema.shape ?? {})) labels[name] ??= t(`components.${manifest.type}.content.${name}`);
  return labels;
}

/** Whether the public sees the component, and the button that changes it (unpublishing deletes nothing). */
function Visibility(props: { ctx: PageContext; base: string; component: ComponentRow }) {
  const { t } = props.ctx;
  const published = props.component.published === 1;
  return (
    <p class="actions">
      <span class={published ? 'badge' : 'badge draft'}>{published ? t('processes.published') : t('processes.component.unpublished')}</span>
      <PostButton action={`${props.base}/${published ? 'unpublish' : 'publish'}`} label={t(published ? 'processes.component.unpublish' : 'processes.component.publish')} />
    </p>
  );
}

/** Edits a component: visibility, names, its content (if its type has any), global settings and settings per phase; removal apart at the end. */
export function ComponentFormPage(props: { ctx: PageContext; state: FormState; process: ProcessRow; phases: PhaseRow[]; component: ComponentRow; manifest: ComponentManifest; held: Tally[] }) {
  const { ctx, state, process, phases, component, manifest } = props;
  const base = `/admin/processes/${process.id}/components/${component.id}`;
  const { t, locale } = ctx;
  const title = namedIn(ctx, (name) => t('processes.componentForm.title', { name }), component.name_fr, component.name_en);
  const hasGlobal = Object.keys(manifest.globalSettings.shape).length > 0;
  const hasPhase = Object.keys(manifest.phaseSettings.shape).length > 0;
  return (
    <Layout ctx={ctx} title={title.text}>
      <p><a href={`/admin/processes/${process.id}`}><Localized ctx={ctx} fr={process.title_fr} en={process.title_en} /></a></p>
      <h1>{title.marked}</h1>
      <p class="meta">{t('processes.componentForm.type', { type: t(manifest.nameKey) })}</p>
      <Visibility ctx={ctx} base={base} component={component} />
      <ErrorSummary state={state} t={t} labels={errorLabels(ctx, manifest, phases)} />
      <form method="post" class="stacked" action={base}>
        <TextField state={state} name="name_fr" label={t('processes.admin.components.nameFr')} required t={t} maxlength={120} />
        <TextField state={state} name="name_en" label={t('processes.admin.components.nameEn')} hint={t('processes.form.englishHint')} t={t} maxlength={120} />
        {manifest.content?.renderAdmin(ctx, state)}
        {hasGlobal && (
          <fieldset>
            <legend>{t('processes.componentForm.global')}</legend>
            <SettingsFields ctx={ctx} state={state} type={manifest.type} schema={manifest.globalSettings} prefix="global." />
          </fieldset>
        )}
        {hasPhase && phases.length === 0 && <p>{t('processes.componentForm.noPhases')}</p>}
        {hasPhase &&
          phases.map((phase) => (
            <fieldset>
              <legend>{t('processes.componentForm.phase', { name: localized(locale, phase.name_fr, phase.name_en), range: dateRange(ctx, phase.starts_on, phase.ends_on) })}</legend>
              <SettingsFields ctx={ctx} state={state} type={manifest.type} schema={manifest.phaseSettings} prefix={`phase.${phase.id}.`} />
            </fieldset>
          ))}
        <RequirementFields ctx={ctx} state={state} manifest={manifest} />
        <p class="actions"><button type="submit">{t('form.save')}</button></p>
      </form>
      <DeletionZone ctx={ctx} held={props.held} href={`${base}/delete`} label={t('processes.componentRemove.link')} refused={t('processes.componentRemove.refused')} instead={<p>{t('processes.componentRemove.instead')}</p>} />
    </Layout>
  );
}
