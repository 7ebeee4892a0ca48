import { localized } from '../../../platform/i18n/index.ts';
import { DeletionZone, type Tally } from '../../../web/confirm.tsx';
import { ErrorSummary, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { PhaseRow, ProcessRow } from '../types.ts';
import { Localized } from '../../../web/localized-text.tsx';

const fields = ['name_fr', 'name_en', 'description_fr', 'description_en', 'starts_on', 'ends_on'];

/** The form to add or edit one phase of a process; an existing phase's deletion sits apart at the end. */
export function PhaseFormPage(props: { ctx: PageContext; state: FormState; process: ProcessRow; phase: PhaseRow | null; held: Tally[] }) {
  const { ctx, state, process, phase } = props;
  const { t } = ctx;
  const title = phase ? t('processes.phaseForm.editTitle') : t('processes.phaseForm.newTitle');
  const labels = Object.fromEntries(fields.map((f) => [f, t(`processes.phaseForm.${f}`)]));
  const base = `/admin/processes/${process.id}/phases`;
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={`/admin/processes/${process.id}`}><Localized ctx={ctx} fr={process.title_fr} en={process.title_en} /></a></p>
      <h1>{title}</h1>
      <ErrorSummary state={state} t={t} labels={labels} />
      <form method="post" class="stacked" action={phase ? `${base}/${phase.id}/edit` : base}>
        <TextField state={state} name="name_fr" label={labels.name_fr} required t={t} maxlength={120} />
        <TextField state={state} name="name_en" label={labels.name_en} hint={t('processes.form.englishHint')} t={t} maxlength={120} />
        <TextArea state={state} name="description_fr" label={labels.description_fr} t={t} rows={4} maxlength={2000} />
        <TextArea state={state} name="description_en" label={labels.description_en} hint={t('processes.form.englishHint')} t={t} rows={4} maxlength={2000} />
        <TextField state={state} name="starts_on" type="date" label={labels.starts_on} required t={t} />
        <TextField state={state} name="ends_on" type="date" label={labels.ends_on} hint={t('processes.phaseForm.endHint')} required t={t} />
        <p class="actions"><button type="submit">{t('form.save')}</button></p>
      </form>
      {phase && <DeletionZone ctx={ctx} held={props.held} href={`${base}/${phase.id}/delete`} label={t('processes.phaseDelete.link')} refused={t('processes.phaseDelete.refused')} instead={<p>{t('processes.phaseDelete.instead')}</p>} />}
    </Layout>
  );
}
