import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { fieldName } from '../answer-form.ts';
import type { Question } from '../questions.ts';
import { surveyPath } from '../survey-context.ts';
import { questionTitle, QuestionField } from './question-field.tsx';
import { MarkedText, plainLabel, type LanguageLabel } from '../../../web/localized-text.tsx';
import type { SurveyNeighbourhood } from '../survey-context.ts';

/** What the answer page shows: one page of the questions the respondent sees, with where they are. */
export interface AnswerPageData {
  componentId: string;
  surveyName: LanguageLabel;
  backHref: string;
  questions: Question[];
  page: number;
  pageCount: number;
  anonymous: boolean;
  neighbourhoods: SurveyNeighbourhood[];
}

function summaryLabels(ctx: PageContext, questions: Question[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const q of questions) {
    labels[fieldName(q.id)] = questionTitle(ctx, q);
    for (const item of q.items) labels[fieldName(q.id, item.key)] = `${questionTitle(ctx, q)} — ${localized(ctx.locale, item.fr, item.en)}`;
  }
  return labels;
}

/** One page of a survey as a plain form: "next" (or "send" on the last page), "previous", and "save and finish later". */
export function AnswerPage(props: { ctx: PageContext; data: AnswerPageData; state: FormState }) {
  const { ctx, data, state } = props;
  const { t } = ctx;
  const last = data.page === data.pageCount;
  return (
    <Layout ctx={ctx} title={plainLabel(ctx, data.surveyName)}>
      <nav aria-label={t('surveys.breadcrumb')}>
        <p><a href={data.backHref}>{t('surveys.back')}</a></p>
      </nav>
      <h1><MarkedText ctx={ctx} label={data.surveyName} /></h1>
      <p class="meta">{t('surveys.answer.pageOf', { page: data.page, count: data.pageCount })}</p>
      <p class="hint">{t(data.anonymous ? 'surveys.answer.anonymousNote' : 'surveys.answer.signedNote')}</p>
      <ErrorSummary state={state} t={t} labels={summaryLabels(ctx, data.questions)} />
      <form method="post" action={surveyPath(data.componentId, 'answer')} class="stacked">
        <input type="hidden" name="page" value={String(data.page)} />
        {data.questions.map((q) => (
          <QuestionField ctx={ctx} q={q} state={state} neighbourhoods={data.neighbourhoods} />
        ))}
        <div class="actions">
          <button type="submit" name="action" value={last ? 'submit' : 'next'}>{t(last ? 'surveys.answer.submit' : 'surveys.answer.next')}</button>
          {data.page > 1 && <button type="submit" name="action" value="back" class="secondary" formnovalidate>{t('surveys.answer.previous')}</button>}
          <button type="submit" name="action" value="save" class="secondary" formnovalidate>{t('surveys.answer.save')}</button>
        </div>
      </form>
    </Layout>
  );
}

/** A short page saying why the survey cannot be answered now (closed, already answered), with the way back. */
export function SurveyNoticePage(props: { ctx: PageContext; title: string; message: string; backHref: string }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p class="notice" role="status">{props.message}</p>
      <p><a href={props.backHref}>{ctx.t('surveys.back')}</a></p>
    </Layout>
  );
}
