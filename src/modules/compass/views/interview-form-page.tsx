import type { PageContext } from '../../../web/layout.tsx';
import { ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { stakeholderGroups } from '../groups.ts';
import { CompassLayout } from './frame.tsx';

/** Recording an interview: a pseudonym (never the real name), the group, the guide, consent and the transcript. */
export function InterviewFormPage(props: { ctx: PageContext; form: FormState; guides: { value: string; label: string }[] }) {
  const { ctx, form } = props;
  const { t } = ctx;
  const labels = Object.fromEntries(['pseudonym', 'stakeholder_group', 'role', 'interviewed_on', 'guide_version_id', 'consent', 'transcript'].map((k) => [k, t(`compass.interview.${k}`)]));
  return (
    <CompassLayout ctx={ctx} title={t('compass.interviews.new')}>
      <h1>{t('compass.interviews.new')}</h1>
      <ErrorSummary state={form} t={t} labels={labels} />
      <form method="post" action="/compass/interviews/new" class="stacked" novalidate>
        <TextField state={form} name="pseudonym" label={labels.pseudonym} hint={t('compass.interview.pseudonymHint')} required maxlength={80} t={t} />
        <SelectField state={form} name="stakeholder_group" label={labels.stakeholder_group} required t={t} options={stakeholderGroups.map((g) => ({ value: g, label: t(`compass.group.${g}`) }))} />
        <TextField state={form} name="role" label={labels.role} hint={t('compass.interview.roleHint')} maxlength={200} t={t} />
        <TextField state={form} name="interviewed_on" type="date" label={labels.interviewed_on} required t={t} />
        <SelectField state={form} name="guide_version_id" label={labels.guide_version_id} t={t} options={[{ value: '', label: t('compass.interview.noGuide') }, ...props.guides]} />
        <SelectField state={form} name="consent" label={labels.consent} hint={t('compass.interview.consentHint')} required t={t} options={['analysis', 'quotes'].map((c) => ({ value: c, label: t(`compass.consent.${c}`) }))} />
        <TextArea state={form} name="transcript" label={labels.transcript} hint={t('compass.interview.transcriptHint')} required rows={16} maxlength={500000} t={t} />
        <p><button type="submit">{t('form.save')}</button></p>
      </form>
    </CompassLayout>
  );
}
