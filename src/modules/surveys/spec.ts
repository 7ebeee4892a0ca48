import { z } from 'zod';
import { defineComponentSpec } from '../processes/index.ts';

/**
 * The survey component's settings and actions. Answering is open in phases with `answersEnabled`
 * (and closes with them); the permission is 'visitor' because a survey may accept pseudonymous
 * answers — whether an account is needed is checked against `pseudonymous` when answering.
 */
export const surveySpec = defineComponentSpec({
  type: 'survey',
  nameKey: 'components.survey.name',
  globalSettings: z.object({
    // Answers keep no link to the account beyond "has answered" (applies to answers submitted from then on).
    anonymous: z.boolean().default(true),
    // People without an account may answer once per browser (a random pseudonym in a cookie).
    pseudonymous: z.boolean().default(false),
    // Results are public while the survey is open, not only once it is closed.
    liveResults: z.boolean().default(false),
    // Published counts carry differential-privacy noise under the survey's ε budget.
    differentialPrivacy: z.boolean().default(false),
    // The year whose perceived indicators the survey's results feed (empty: the year answers are submitted).
    indicatorPeriod: z.string().regex(/^(\d{4})?$/).max(4).default(''),
  }),
  phaseSettings: z.object({ answersEnabled: z.boolean().default(false) }),
  actions: {
    answer: { permission: 'visitor', enabledBy: 'answersEnabled', verifiable: true },
    results: { permission: 'visitor' },
  },
});
