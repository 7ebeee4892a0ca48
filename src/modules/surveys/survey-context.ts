import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { localized } from '../../platform/i18n/index.ts';
import { isAdmin } from '../../platform/session.ts';
import { componentSettingsFor, isActionEnabled, listNeighbourhoods, loadVisibleComponent, type ComponentRow, type ProcessDetail } from '../processes/index.ts';
import { findSurvey, listQuestions, type SurveyRow } from './queries.ts';
import type { Question } from './questions.ts';
import { surveySpec } from './spec.ts';
import { languageLabel, otherLanguage, type LanguageLabel } from '../../web/localized-text.tsx';
import type { Locale } from '../../config.ts';

/** A neighbourhood as a survey offers it: its slug, its name for the page, and the name's language when it is not the page's. */
export interface SurveyNeighbourhood {
  key: string;
  label: string;
  lang?: Locale;
}

/** Everything a survey page needs: the component as this person may see it, its settings, questions and the city's neighbourhoods. */
export interface SurveyContext {
  component: ComponentRow;
  detail: ProcessDetail;
  survey: SurveyRow;
  settings: ReturnType<typeof componentSettingsFor<typeof surveySpec.globalSettings, typeof surveySpec.phaseSettings>>['global'];
  questions: Question[];
  neighbourhoods: SurveyNeighbourhood[];
  /** Answers are accepted now: the phase opens them and the process has not ended. */
  open: boolean;
  /** The results may be shown to this person now. */
  resultsVisible: boolean;
}

/** Loads a survey for this request (404 when the component is not a survey this person may see). */
export async function loadSurvey(c: Context<AppEnv>, componentId: string): Promise<SurveyContext> {
  const { component, detail } = await loadVisibleComponent(c.var.deps.db, componentId, surveySpec.type, c.var.user);
  return loadSurveyFor(c, component, detail);
}

/** The survey of a component already loaded (and checked visible) for this request. */
export async function loadSurveyFor(c: Context<AppEnv>, component: ComponentRow, detail: ProcessDetail): Promise<SurveyContext> {
  const { db } = c.var.deps;
  const [survey, questions, hoods] = await Promise.all([findSurvey(db, component.id), listQuestions(db, component.id), listNeighbourhoods(db)]);
  const settings = componentSettingsFor(component, detail.current?.id ?? null, surveySpec).global;
  const open = !detail.closed && questions.length > 0 && isActionEnabled(surveySpec, component, detail.current, 'answer');
  return {
    component,
    detail,
    survey,
    settings,
    questions,
    neighbourhoods: hoods.map((n) => ({ key: n.slug, label: localized(c.var.locale, n.name_fr, n.name_en), lang: otherLanguage(c.var.locale, n.name_fr, n.name_en) })),
    open,
    resultsVisible: !open || settings.liveResults || isAdmin(c.var.user),
  };
}

/** The address of a survey's pages. */
export const surveyPath = (componentId: string, page = '') => `/surveys/${componentId}${page ? `/${page}` : ''}`;

/** The address of the survey's component page in its process (where it is introduced and results are linked). */
export const componentHref = (survey: Pick<SurveyContext, 'component' | 'detail'>) => `/processes/${survey.detail.process.slug}/c/${survey.component.id}`;

/** The survey's name in the reader's language. */
export const surveyName = (survey: Pick<SurveyContext, 'component'>, locale: 'fr' | 'en') => localized(locale, survey.component.name_fr, survey.component.name_en);

/** The survey's name for a page: its text and, when only the other language's was written, that language. */
export const surveyLabel = (survey: Pick<SurveyContext, 'component'>, locale: 'fr' | 'en'): LanguageLabel => languageLabel(locale, survey.component.name_fr, survey.component.name_en);
