import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { localized } from '../../platform/i18n/index.ts';
import { readForm, validateValues } from '../../platform/form.ts';
import { notFound } from '../../platform/errors.ts';
import { requireAdmin } from '../../platform/session.ts';
import { ConfirmPage, isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listPerceivedIndicators } from '../indicators/index.ts';
import { addQuestion, applyQualityOfLifeTemplate, deleteQuestion, moveQuestion, updateQuestion, type ManageResult } from './manage-service.ts';
import { conditionChoices, conditionValue, questionSchema, writeLines } from './question-input.ts';
import { countRespondents, hasResponses, listTextAnswers } from './queries.ts';
import { isCounted, type Question } from './questions.ts';
import { loadSurveyResults } from './results-service.ts';
import { componentHref, loadSurvey, surveyLabel, surveyPath, type SurveyContext } from './survey-context.ts';
import { answersCsv } from './answers-csv.ts';
import { EditQuestionPage, ManagePage, type ManagePageData } from './views/manage-page.tsx';
import { questionTitle } from './views/question-field.tsx';
import { TextAnswersPage } from './views/text-answers-page.tsx';

/** The admins' pages of a survey: questions, the ready-made template, the answers without identity. */
export const manageRoutes = new Hono<AppEnv>();

async function loadAsAdmin(c: Context<AppEnv>): Promise<SurveyContext> {
  requireAdmin(c.var.user);
  return loadSurvey(c, c.req.param('componentId') ?? '');
}

async function pageData(c: Context<AppEnv>, survey: SurveyContext, upTo?: Question): Promise<ManagePageData> {
  const { db } = c.var.deps;
  const ctx = pageContext(c);
  const earlier = upTo ? survey.questions.filter((q) => q.position < upTo.position) : survey.questions;
  const choiceLabel = (q: Question, label: { fr: string; en: string }) => `${questionTitle(ctx, q)} ${localized(ctx.locale, label.fr, label.en)}`;
  const allChoices = conditionChoices(survey.questions, survey.neighbourhoods);
  const conditionText: Record<string, string> = {};
  for (const q of survey.questions) {
    const found = q.condition && allChoices.find((ch) => conditionValue(ch.condition) === conditionValue(q.condition!));
    if (found) conditionText[q.id] = ctx.t('surveys.manage.shownWhen', { condition: choiceLabel(found.question, found.label) });
  }
  const [respondents, locked, indicators] = await Promise.all([countRespondents(db, survey.component.id), hasResponses(db, survey.component.id), listPerceivedIndicators(db)]);
  return {
    componentId: survey.component.id,
    surveyName: surveyLabel(survey, ctx.locale),
    backHref: componentHref(survey),
    settingsHref: `/admin/processes/${survey.detail.process.id}/components/${survey.component.id}`,
    questions: survey.questions,
    conditionText,
    respondents,
    locked,
    choices: {
      conditions: conditionChoices(earlier, survey.neighbourhoods).map((ch) => ({ value: conditionValue(ch.condition), label: choiceLabel(ch.question, ch.label) })),
      indicators: indicators.map((i) => ({ code: i.code, label: localized(ctx.locale, i.name_fr, i.name_en) })),
    },
  };
}

const references = async (c: Context<AppEnv>, survey: SurveyContext) => ({ neighbourhoods: survey.neighbourhoods, perceivedIndicators: (await listPerceivedIndicators(c.var.deps.db)).map((i) => i.code) });
const translated = (c: Context<AppEnv>, errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([f, key]) => [f, c.var.t(key)]));

async function renderManage(c: Context<AppEnv>, survey: SurveyContext, addForm: FormState = emptyForm({ kind: 'scale' }), status: 200 | 400 = 200) {
  const pageError = addForm.errors._form;
  return c.html(<ManagePage ctx={pageContext(c)} data={await pageData(c, survey)} addForm={addForm} pageError={pageError} />, status);
}

manageRoutes.get('/:componentId/manage', async (c) => {
  const survey = await loadAsAdmin(c);
  // A closed survey is sealed here too, so the counts and exports below include every answer.
  if (!survey.open) await loadSurveyResults(c.var.deps, survey);
  return renderManage(c, survey);
});

manageRoutes.post('/:componentId/manage/questions', async (c) => {
  const survey = await loadAsAdmin(c);
  const parsed = validateValues(await readForm(c), questionSchema, c.var.t);
  if (!parsed.ok) return renderManage(c, survey, { values: parsed.values, errors: parsed.errors }, 400);
  const result = await addQuestion(c.var.deps.db, survey.component.id, c.var.user!.id, parsed.data, await references(c, survey));
  if (!result.ok) return renderManage(c, survey, { values: parsed.values, errors: translated(c, result.errors) }, 400);
  setFlash(c, 'surveys.manage.added');
  return c.redirect(surveyPath(survey.component.id, 'manage'), 303);
});

manageRoutes.post('/:componentId/manage/template', async (c) => {
  const survey = await loadAsAdmin(c);
  return afterChange(c, survey, await applyQualityOfLifeTemplate(c.var.deps.db, survey.component.id, c.var.user!.id), 'surveys.manage.templateDone');
});

async function afterChange(c: Context<AppEnv>, survey: SurveyContext, result: ManageResult, doneKey: string) {
  if (!result.ok) return renderManage(c, survey, { values: { kind: 'scale' }, errors: translated(c, result.errors) }, 400);
  setFlash(c, doneKey);
  return c.redirect(surveyPath(survey.component.id, 'manage'), 303);
}

function findQuestion(survey: SurveyContext, id: string | undefined): Question {
  const q = survey.questions.find((x) => x.id === id);
  if (!q) throw notFound();
  return q;
}

const questionValues = (q: Question) => ({
  kind: q.kind,
  title_fr: q.title_fr,
  title_en: q.title_en,
  help_fr: q.help_fr,
  help_en: q.help_en,
  ...(q.required ? { required: 'on' } : {}),
  ...(q.pageBreak ? { page_break: 'on' } : {}),
  options: writeLines(q.options),
  items: writeLines(q.items),
  scale_labels: writeLines(q.scaleLabels),
  condition: q.condition ? conditionValue(q.condition) : '',
  indicator: q.indicatorCode ?? '',
});

manageRoutes.get('/:componentId/manage/questions/:questionId', async (c) => {
  const survey = await loadAsAdmin(c);
  const q = findQuestion(survey, c.req.param('questionId'));
  return c.html(<EditQuestionPage ctx={pageContext(c)} data={await pageData(c, survey, q)} question={q} state={emptyForm(questionValues(q))} />);
});

manageRoutes.post('/:componentId/manage/questions/:questionId', async (c) => {
  const survey = await loadAsAdmin(c);
  const q = findQuestion(survey, c.req.param('questionId'));
  const parsed = validateValues(await readForm(c), questionSchema, c.var.t);
  const refused = (state: FormState) => pageData(c, survey, q).then((data) => c.html(<EditQuestionPage ctx={pageContext(c)} data={data} question={q} state={state} />, 400));
  if (!parsed.ok) return refused({ values: parsed.values, errors: parsed.errors });
  const result = await updateQuestion(c.var.deps.db, survey.component.id, c.var.user!.id, q, parsed.data, await references(c, survey));
  if (!result.ok) return refused({ values: parsed.values, errors: translated(c, result.errors) });
  setFlash(c, 'surveys.manage.saved');
  return c.redirect(surveyPath(survey.component.id, 'manage'), 303);
});

manageRoutes.post('/:componentId/manage/questions/:questionId/move', async (c) => {
  const survey = await loadAsAdmin(c);
  const q = findQuestion(survey, c.req.param('questionId'));
  const direction = (await readForm(c)).direction === 'up' ? 'up' : 'down';
  return afterChange(c, survey, await moveQuestion(c.var.deps.db, survey.component.id, q, direction), 'surveys.manage.moved');
});

// Removing a question goes through a confirmation page: what goes, and the way back.
function confirmDeletion(c: Context<AppEnv>, survey: SurveyContext, q: Question, unconfirmed: boolean) {
  const ctx = pageContext(c);
  const title = ctx.t('surveys.manage.deleteTitle', { question: questionTitle(ctx, q) });
  const path = surveyPath(survey.component.id, `manage/questions/${q.id}/delete`);
  const consequences = { happens: ctx.t('surveys.manage.deleteHappens'), lost: [ctx.t('surveys.manage.deleteLost')] };
  return c.html(
    <ConfirmPage ctx={ctx} title={title} back={{ href: surveyPath(survey.component.id, 'manage'), label: ctx.t('surveys.manage.backToManage') }} consequences={consequences} confirm={{ action: path, submitLabel: ctx.t('surveys.manage.delete') }} unconfirmed={unconfirmed} />,
    unconfirmed ? 400 : 200,
  );
}

manageRoutes.get('/:componentId/manage/questions/:questionId/delete', async (c) => {
  const survey = await loadAsAdmin(c);
  return confirmDeletion(c, survey, findQuestion(survey, c.req.param('questionId')), false);
});

manageRoutes.post('/:componentId/manage/questions/:questionId/delete', async (c) => {
  const survey = await loadAsAdmin(c);
  const q = findQuestion(survey, c.req.param('questionId'));
  if (!isConfirmed(await readForm(c))) return confirmDeletion(c, survey, q, true);
  return afterChange(c, survey, await deleteQuestion(c.var.deps.db, survey.component.id, c.var.user!.id, q), 'surveys.manage.deleted');
});

manageRoutes.get('/:componentId/manage/text-answers', async (c) => {
  const survey = await loadAsAdmin(c);
  if (!survey.open) await loadSurveyResults(c.var.deps, survey);
  const questions = survey.questions.filter((q) => !isCounted(q));
  const answers = await listTextAnswers(c.var.deps.db, survey.component.id, questions.map((q) => q.id));
  const ctx = pageContext(c);
  c.header('Cache-Control', 'no-store');
  return c.html(<TextAnswersPage ctx={ctx} componentId={survey.component.id} surveyName={surveyLabel(survey, ctx.locale)} questions={questions} answers={answers} />);
});

manageRoutes.get('/:componentId/manage/answers.csv', async (c) => {
  const survey = await loadAsAdmin(c);
  if (!survey.open) await loadSurveyResults(c.var.deps, survey);
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="survey-${survey.component.id}-answers.csv"`);
  c.header('Cache-Control', 'no-store');
  return c.body(await answersCsv(c.var.deps.db, survey, pageContext(c)));
});
