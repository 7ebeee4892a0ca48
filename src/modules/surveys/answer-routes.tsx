import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm } from '../../platform/form.ts';
import { clientAddress, enforceRateLimit, type RateRule } from '../../platform/rate-limit.ts';
import { requireResident } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { answersToForm, readPageAnswers } from './answer-form.ts';
import { respondentKey } from './identity.ts';
import { draftAnswers, findDraftId, hasAnswered } from './queries.ts';
import { savePage, submitDraft, visiblePages } from './respond-service.ts';
import { afterSubmission } from './results-service.ts';
import { componentHref, loadSurvey, surveyLabel, surveyName, surveyPath, type SurveyContext } from './survey-context.ts';
import { AnswerPage, SurveyNoticePage } from './views/answer-page.tsx';
import { surveySpec } from './spec.ts';
import { assertRequirement } from '../verification/index.ts';

/** Answering a survey, one page at a time (plain forms: works without script), with save and resume. */
export const answerRoutes = new Hono<AppEnv>();

const noStore = (c: Context<AppEnv>) => c.header('Cache-Control', 'no-store');

/**
 * Pages posted by people without an account, per address and hour: a survey of five pages lets forty
 * people answer from one address (a library, a help desk) while a script cannot fill the survey with
 * pseudonyms. Residents with an account are limited by the register (one answer each).
 */
export const pseudonymPostRule: RateRule = { name: 'survey-pseudonym-ip', limit: 200, windowSeconds: 3600 };

function notice(c: Context<AppEnv>, survey: SurveyContext, messageKey: string, status: 200 | 403) {
  const ctx = pageContext(c);
  return c.html(<SurveyNoticePage ctx={ctx} title={surveyName(survey, ctx.locale)} message={ctx.t(messageKey)} backHref={componentHref(survey)} />, status);
}

function renderPage(c: Context<AppEnv>, survey: SurveyContext, pages: ReturnType<typeof visiblePages>, page: number, state: FormState, status: 200 | 400 = 200) {
  noStore(c);
  const ctx = pageContext(c);
  const data = { componentId: survey.component.id, surveyName: surveyLabel(survey, ctx.locale), backHref: componentHref(survey), questions: pages[page - 1], page, pageCount: pages.length, anonymous: survey.settings.anonymous, neighbourhoods: survey.neighbourhoods };
  return c.html(<AnswerPage ctx={ctx} data={data} state={state} />, status);
}

const pageNumber = (text: unknown, count: number) => {
  const n = Number.parseInt(String(text ?? '1'), 10);
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), count) : 1;
};

// Who answers, or why they may not: signed in (or a pseudonym where allowed), not answered yet, survey open.
async function checkRespondent(c: Context<AppEnv>, survey: SurveyContext, create: boolean): Promise<{ key: string | null } | Response> {
  if (!survey.open) return notice(c, survey, 'surveys.answer.closed', 403);
  // A survey may be kept for verified residents (then an account is needed, whatever the pseudonym setting).
  await assertRequirement(c.var.deps.db, c.var.user, { spec: surveySpec, component: survey.component, action: 'answer', neighbourhoodId: null, returnTo: `/surveys/${survey.component.id}/answer` });
  const key = respondentKey(c, survey.settings.pseudonymous, create);
  if (!key && !survey.settings.pseudonymous) requireResident(c.var.user);
  if (key && (await hasAnswered(c.var.deps.db, survey.component.id, key))) return notice(c, survey, 'surveys.answer.already', 200);
  return { key };
}

answerRoutes.get('/:componentId/answer', async (c) => {
  const survey = await loadSurvey(c, c.req.param('componentId'));
  const who = await checkRespondent(c, survey, false);
  if (who instanceof Response) return who;
  const { db } = c.var.deps;
  const answers = who.key ? await draftAnswers(db, await findDraftId(db, survey.component.id, who.key)) : new Map<string, string[]>();
  const pages = visiblePages(survey.questions, answers);
  const page = pageNumber(c.req.query('page'), pages.length);
  return renderPage(c, survey, pages, page, emptyForm(answersToForm(pages[page - 1], answers)));
});

answerRoutes.post('/:componentId/answer', async (c) => {
  const survey = await loadSurvey(c, c.req.param('componentId'));
  if (!c.var.user && survey.open && survey.settings.pseudonymous) await enforceRateLimit(c, pseudonymPostRule, clientAddress(c));
  const who = await checkRespondent(c, survey, true);
  if (who instanceof Response) return who;
  const key = who.key!;
  const { db } = c.var.deps;
  const values = await readForm(c);
  const action = ['next', 'back', 'save', 'submit'].includes(String(values.action)) ? String(values.action) : 'next';
  const before = await draftAnswers(db, await findDraftId(db, survey.component.id, key));
  const pages = visiblePages(survey.questions, before);
  const page = pageNumber(values.page, pages.length);
  const moving = action === 'next' || action === 'submit';
  const read = readPageAnswers(pages[page - 1], values, survey.neighbourhoods.map((n) => n.key), moving);
  if (Object.keys(read.errors).length > 0) {
    const errors = Object.fromEntries(Object.entries(read.errors).map(([field, messageKey]) => [field, c.var.t(messageKey)]));
    return renderPage(c, survey, pages, page, { values, errors }, 400);
  }
  await savePage(db, survey.component.id, key, read.answers);
  const answerPath = (n: number) => `${surveyPath(survey.component.id, 'answer')}?page=${n}`;
  if (action === 'save') {
    setFlash(c, 'surveys.answer.saved');
    return c.redirect(componentHref(survey), 303);
  }
  if (action === 'back') return c.redirect(answerPath(Math.max(1, page - 1)), 303);
  const after = await draftAnswers(db, await findDraftId(db, survey.component.id, key));
  const nowPages = visiblePages(survey.questions, after);
  if (page < nowPages.length) return c.redirect(answerPath(page + 1), 303);
  const outcome = await submitDraft(db, { componentId: survey.component.id, anonymous: survey.settings.anonymous, questions: survey.questions }, key);
  if (!outcome.ok && outcome.reason === 'answered') return notice(c, survey, 'surveys.answer.already', 200);
  if (!outcome.ok) {
    setFlash(c, 'surveys.answer.incomplete');
    return c.redirect(answerPath(outcome.page), 303);
  }
  await afterSubmission(c.var.deps, survey);
  setFlash(c, 'surveys.answer.thanks');
  return c.redirect(componentHref(survey), 303);
});
