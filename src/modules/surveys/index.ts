import { defineModule } from '../define-module.ts';
import { surveyExportSections } from './account-export.ts';
import { answerRoutes } from './answer-routes.tsx';
import { registerSurveysApi } from './api.ts';
import { surveyComponent } from './component.tsx';
import { manageRoutes } from './manage-routes.tsx';
import { surveysMessages } from './messages.ts';
import * as createSurveys from './migration.ts';
import { surveyYearlyParticipation } from './participation-source.ts';
import { resultsRoutes } from './results-routes.tsx';
import { seedDemoSurveys } from './seed.ts';

/**
 * The survey component: questions of seven kinds with chained conditions, anonymous (mixed in batches,
 * like ballots) or signed answers, save and resume, results through the privacy rules, and the
 * ready-made "quality of life in my neighbourhood" survey that feeds the perceived indicators.
 */
export const surveysModule = defineModule({
  name: 'surveys',
  routes: [
    { path: '/surveys', router: answerRoutes },
    { path: '/surveys', router: resultsRoutes },
    { path: '/surveys', router: manageRoutes },
  ],
  api: registerSurveysApi,
  messages: surveysMessages,
  component: surveyComponent,
  exportSections: surveyExportSections,
  participation: [surveyYearlyParticipation],
  demoSeed: ({ db }) => seedDemoSurveys(db),
  migrations: { '021_surveys': createSurveys },
});
