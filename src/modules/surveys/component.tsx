import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { formatDate } from '../../platform/i18n/index.ts';
import { isAdmin } from '../../platform/session.ts';
import { TextArea } from '../../web/form.tsx';
import { LocalizedBody } from '../../web/localized-text.tsx';
import { defineComponent, type ComponentRow, type ProcessDetail } from '../processes/index.ts';
import { surveyContributions } from './contributions.ts';
import { respondentKey } from './identity.ts';
import { findDraftId, hasAnswered } from './queries.ts';
import { surveySpec } from './spec.ts';
import { loadSurveyFor, surveyPath } from './survey-context.ts';

const introSchema = z.object({
  intro_fr: z.string().trim().max(5000).default(''),
  intro_en: z.string().trim().max(5000).default(''),
});

/** Where this person stands with the survey: answered, answering (a saved draft), or not started. */
async function standing(c: Context<AppEnv>, componentId: string, pseudonymous: boolean): Promise<'answered' | 'draft' | 'new'> {
  const key = respondentKey(c, pseudonymous);
  if (!key) return 'new';
  const { db } = c.var.deps;
  if (await hasAnswered(db, componentId, key)) return 'answered';
  return (await findDraftId(db, componentId, key)) ? 'draft' : 'new';
}

/** The survey's block on its component page: introduction, how answers are kept, the way in, results and (for admins) management. */
async function renderSurvey(c: Context<AppEnv>, component: ComponentRow, detail: ProcessDetail) {
  const { t, locale, user } = c.var;
  const survey = await loadSurveyFor(c, component, detail);
  const mine = survey.open ? await standing(c, component.id, survey.settings.pseudonymous) : 'new';
  const mayStart = user !== null || survey.settings.pseudonymous;
  return (
    <>
      <LocalizedBody ctx={{ locale, t }} fr={survey.survey.intro_fr} en={survey.survey.intro_en} />
      <p>{t('surveys.component.questions', { count: survey.questions.length })}</p>
      <p class="hint">{t(survey.settings.anonymous ? 'surveys.answer.anonymousNote' : 'surveys.answer.signedNote')}</p>
      {survey.open ? (
        <>
          {detail.current && <p>{t('surveys.component.openUntil', { date: formatDate(locale, detail.current.ends_on) })}</p>}
          {mine === 'answered' && <p class="notice" role="status">{t('surveys.answer.already')}</p>}
          {mine !== 'answered' && mayStart && (
            <p><a class="button" href={surveyPath(component.id, 'answer')}>{t(mine === 'draft' ? 'surveys.component.resume' : 'surveys.component.start')}</a></p>
          )}
          {mine !== 'answered' && !mayStart && (
            <p><a href={`/account/sign-in?next=${encodeURIComponent(surveyPath(component.id, 'answer'))}`}>{t('surveys.component.signIn')}</a></p>
          )}
        </>
      ) : (
        <p>{t(survey.questions.length === 0 ? 'surveys.component.notReady' : 'surveys.component.closed')}</p>
      )}
      <ul class="inline-list">
        {survey.resultsVisible && <li><a href={surveyPath(component.id, 'results')}>{t('surveys.component.results')}</a></li>}
        {isAdmin(user) && <li><a href={surveyPath(component.id, 'manage')}>{t('surveys.component.manage')}</a></li>}
      </ul>
    </>
  );
}

/** The "survey" component: questions of six kinds with chained conditions, anonymous or signed answers, results through the privacy rules. */
export const surveyComponent = defineComponent({
  ...surveySpec,
  renderPublic: renderSurvey,
  participation: (db, componentId) => surveyContributions(db, componentId),
  content: {
    schema: introSchema,
    async load(db, componentId) {
      const row = await db.selectFrom('survey').select(['intro_fr', 'intro_en']).where('component_id', '=', componentId).executeTakeFirst();
      return { intro_fr: row?.intro_fr ?? '', intro_en: row?.intro_en ?? '' };
    },
    async save(trx, componentId, data) {
      const intro = introSchema.parse(data);
      const updated_at = new Date().toISOString();
      await trx.insertInto('survey').values({ component_id: componentId, ...intro, updated_at }).onConflict((oc) => oc.column('component_id').doUpdateSet({ ...intro, updated_at })).execute();
    },
    renderAdmin(ctx, state) {
      const { t } = ctx;
      return (
        <fieldset>
          <legend>{t('surveys.intro.legend')}</legend>
          <p class="hint">{t('surveys.intro.hint')}</p>
          <TextArea state={state} name="intro_fr" label={t('surveys.intro.fr')} t={t} rows={6} maxlength={5000} />
          <TextArea state={state} name="intro_en" label={t('surveys.intro.en')} t={t} rows={6} maxlength={5000} />
        </fieldset>
      );
    },
  },
});
