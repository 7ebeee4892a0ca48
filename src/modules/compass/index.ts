import type { ExportSection } from '../accounts/index.ts';
import { defineModule } from '../define-module.ts';
import { registerCompassApi } from './api.ts';
import { assessmentsBy } from './assessment-service.ts';
import { assessmentRoutes } from './assessment-routes.tsx';
import { initiativeRoutes } from './initiative-routes.tsx';
import { compassMessages } from './messages.ts';
import * as createAssessments from './migration-assessments.ts';
import * as createInitiatives from './migration-initiatives.ts';
import * as createInterviews from './migration-interviews.ts';
import { interviewRoutes } from './interview-routes.tsx';
import { researchRoutes } from './research-routes.tsx';
import { compassRoutes } from './routes.tsx';
import { seedCompass, seedInterviews } from './seed.ts';
import './tables.ts';

/** "download my data": every version of the assessments this person sent, in their name or an organisation's. */
const myAssessments: ExportSection = async (db, userId) => ['compassAssessments', await assessmentsBy(db, userId)];

/**
 * The city's compass: the portfolio of initiatives, their assessment on the paper's three orientations
 * by each group of stakeholders, and the interviews behind it.
 */
export const compassModule = defineModule({
  name: 'compass',
  navigation: [{ href: '/compass', labelKey: 'compass.navLink', audience: 'everyone', position: 50 }],
  routes: [
    { path: '/compass/initiatives', router: assessmentRoutes },
    { path: '/compass/initiatives', router: initiativeRoutes },
    { path: '/compass/interviews', router: interviewRoutes },
    { path: '/compass', router: researchRoutes },
    { path: '/compass', router: compassRoutes },
  ],
  api: registerCompassApi,
  messages: compassMessages,
  exportSections: [myAssessments],
  demoSeed: async ({ db, people }) => {
    await seedCompass(db, people);
    await seedInterviews(db, people);
  },
  migrations: { '023_compass': createInitiatives, '024_compass_assessments': createAssessments, '025_compass_interviews': createInterviews },
});
