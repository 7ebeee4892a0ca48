import { CheckboxField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { questionKinds } from '../questions.ts';

/** A condition a question may be shown on, as the form's select offers it. */
export interface ConditionOption {
  value: string;
  label: string;
}

/** What the question form offers: earlier questions' answers as conditions, and the perceived indicators a scale may feed. */
export interface QuestionFormChoices {
  conditions: ConditionOption[];
  indicators: { code: string; label: string }[];
}

const fields = ['kind', 'title_fr', 'title_en', 'help_fr', 'help_en', 'options', 'items', 'scale_labels', 'condition', 'indicator'] as const;

/** The labels of the question form's fields, for the error summary. */
export function questionFormLabels(ctx: PageContext): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, ctx.t(`surveys.question.${f}`)]));
}

/** The fields of a question (adding or changing one): one form for every kind, each part saying which kinds it is for. */
export function QuestionFormFields(props: { ctx: PageContext; state: FormState; choices: QuestionFormChoices }) {
  const { ctx, state, choices } = props;
  const { t } = ctx;
  return (
    <>
      <ErrorSummary state={state} t={t} labels={questionFormLabels(ctx)} />
      <SelectField t={t} state={state} name="kind" label={t('surveys.question.kind')} required options={questionKinds.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))} />
      <TextField t={t} state={state} name="title_fr" label={t('surveys.question.title_fr')} required maxlength={300} />
      <TextField t={t} state={state} name="title_en" label={t('surveys.question.title_en')} hint={t('surveys.question.enHint')} maxlength={300} />
      <TextField t={t} state={state} name="help_fr" label={t('surveys.question.help_fr')} maxlength={600} />
      <TextField t={t} state={state} name="help_en" label={t('surveys.question.help_en')} maxlength={600} />
      <CheckboxField state={state} name="required" label={t('surveys.question.required')} />
      <TextArea t={t} state={state} name="options" label={t('surveys.question.options')} hint={t('surveys.question.optionsHint')} rows={5} maxlength={4000} />
      <TextArea t={t} state={state} name="items" label={t('surveys.question.items')} hint={t('surveys.question.itemsHint')} rows={4} maxlength={4000} />
      <TextArea t={t} state={state} name="scale_labels" label={t('surveys.question.scale_labels')} hint={t('surveys.question.scaleHint')} rows={5} maxlength={4000} />
      <SelectField t={t} state={state} name="condition" label={t('surveys.question.condition')} hint={t('surveys.question.conditionHint')} options={[{ value: '', label: t('surveys.question.always') }, ...choices.conditions]} />
      <CheckboxField state={state} name="page_break" label={t('surveys.question.page_break')} />
      <SelectField t={t} state={state} name="indicator" label={t('surveys.question.indicator')} hint={t('surveys.question.indicatorHint')} options={[{ value: '', label: t('surveys.question.noIndicator') }, ...choices.indicators.map((i) => ({ value: i.code, label: i.label }))]} />
    </>
  );
}
