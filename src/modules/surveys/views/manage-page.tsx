import type { FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { Question } from '../questions.ts';
import { surveyPath } from '../survey-context.ts';
import { QuestionFormFields, type QuestionFormChoices } from './question-form.tsx';
import { questionTitle } from './question-field.tsx';
import { PostButton } from '../../../web/post-button.tsx';
import { MarkedText, plainLabel, SLOT_VALUE, withValue, type LanguageLabel } from '../../../web/localized-text.tsx';

/** What the management page shows about the survey. */
export interface ManagePageData {
  componentId: string;
  surveyName: LanguageLabel;
  backHref: string;
  settingsHref: string;
  questions: Question[];
  /** How each question's condition reads ("Shown when … = …"), by question id. */
  conditionText: Record<string, string>;
  respondents: number;
  locked: boolean;
  choices: QuestionFormChoices;
}

function QuestionActions(props: { ctx: PageContext; componentId: string; q: Question; first: boolean; last: boolean }) {
  const { ctx, componentId, q } = props;
  const { t } = ctx;
  const base = surveyPath(componentId, `manage/questions/${q.id}`);
  return (
    <div class="actions">
      <a href={base}>{t('surveys.manage.edit')}</a>
      {!props.first && (
        <PostButton action={`${base}/move`} fields={{ direction: 'up' }} class="" label={<>{t('surveys.manage.up')}<span class="visually-hidden">{t('common.colon')}{questionTitle(ctx, q)}</span></>} />
      )}
      {!props.last && (
        <PostButton action={`${base}/move`} fields={{ direction: 'down' }} class="" label={<>{t('surveys.manage.down')}<span class="visually-hidden">{t('common.colon')}{questionTitle(ctx, q)}</span></>} />
      )}
      <a href={`${base}/delete`}>{t('surveys.manage.delete')}<span class="visually-hidden">{t('common.colon')}{questionTitle(ctx, q)}</span></a>
    </div>
  );
}

/** The admins' page of a survey: its questions in order (change, move, remove), a new question, the template, exports. */
export function ManagePage(props: { ctx: PageContext; data: ManagePageData; addForm: FormState; pageError?: string }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const id = data.componentId;
  return (
    <Layout ctx={ctx} title={t('surveys.manage.title', { survey: plainLabel(ctx, data.surveyName) })}>
      <nav aria-label={t('surveys.breadcrumb')}>
        <ul class="inline-list">
          <li><a href={data.backHref}>{t('surveys.back')}</a></li>
          <li><a href={data.settingsHref}>{t('surveys.manage.settings')}</a></li>
          <li><a href={surveyPath(id, 'results')}>{t('surveys.component.results')}</a></li>
          <li><a href={surveyPath(id, 'manage/answers.csv')}>{t('surveys.manage.answersCsv')}</a></li>
          <li><a href={surveyPath(id, 'manage/text-answers')}>{t('surveys.results.textLink')}</a></li>
        </ul>
      </nav>
      <h1>{withValue(t('surveys.manage.title', { survey: SLOT_VALUE }), <MarkedText ctx={ctx} label={data.surveyName} />)}</h1>
      <p>{t('surveys.manage.respondents', { count: data.respondents })}</p>
      {props.pageError && <p class="error-summary" role="alert">{props.pageError}</p>}
      {data.locked && <p class="notice">{t('surveys.manage.lockedNote')}</p>}
      <h2>{t('surveys.manage.questions')}</h2>
      {data.questions.length === 0 ? (
        <>
          <p>{t('surveys.manage.none')}</p>
          <form method="post" action={surveyPath(id, 'manage/template')}>
            <p class="hint">{t('surveys.manage.templateHint')}</p>
            <button type="submit">{t('surveys.manage.template')}</button>
          </form>
        </>
      ) : (
        <ol class="question-list">
          {data.questions.map((q, i) => (
            <li>
              <p>
                <strong>{questionTitle(ctx, q)}</strong> <span class="meta">({t(`surveys.kind.${q.kind}`)}{q.required ? `, ${t('surveys.manage.requiredMark')}` : ''})</span>
              </p>
              {data.conditionText[q.id] && <p class="meta">{data.conditionText[q.id]}</p>}
              {q.indicatorCode && <p class="meta">{t('surveys.manage.feeds')} <a href={`/indicators/${q.indicatorCode}`}>{q.indicatorCode}</a></p>}
              {!data.locked && <QuestionActions ctx={ctx} componentId={id} q={q} first={i === 0} last={i === data.questions.length - 1} />}
              {data.locked && <p><a href={surveyPath(id, `manage/questions/${q.id}`)}>{t('surveys.manage.editTexts')}</a></p>}
            </li>
          ))}
        </ol>
      )}
      {!data.locked && (
        <section aria-labelledby="add-question">
          <h2 id="add-question">{t('surveys.manage.add')}</h2>
          <form method="post" action={surveyPath(id, 'manage/questions')} class="stacked">
            <QuestionFormFields ctx={ctx} state={props.addForm} choices={data.choices} />
            <button type="submit">{t('surveys.manage.addSubmit')}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

/** Changing one question (before answers: everything; after: its texts only). */
export function EditQuestionPage(props: { ctx: PageContext; data: ManagePageData; question: Question; state: FormState }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const title = t('surveys.manage.editTitle', { question: questionTitle(ctx, props.question) });
  return (
    <Layout ctx={ctx} title={title}>
      <nav aria-label={t('surveys.breadcrumb')}>
        <p><a href={surveyPath(data.componentId, 'manage')}>{t('surveys.manage.backToManage')}</a></p>
      </nav>
      <h1>{title}</h1>
      {data.locked && <p class="notice">{t('surveys.manage.lockedNote')}</p>}
      <form method="post" action={surveyPath(data.componentId, `manage/questions/${props.question.id}`)} class="stacked">
        <QuestionFormFields ctx={ctx} state={props.state} choices={data.choices} />
        <button type="submit">{t('surveys.manage.save')}</button>
      </form>
    </Layout>
  );
}
