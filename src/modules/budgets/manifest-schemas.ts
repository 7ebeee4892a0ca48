import type { ComponentAction } from '../processes/components/manifest.ts';
import { budgetGlobalSettings, budgetPhaseSettings } from './settings.ts';

/** The declarative half of the budgets component (settings and actions), shared by the manifest and the rules. */
export const budgetComponentSchemas = {
  type: 'budgets',
  globalSettings: budgetGlobalSettings,
  phaseSettings: budgetPhaseSettings,
  actions: {
    view: { permission: 'visitor' },
    vote: { permission: 'resident', enabledBy: 'votingEnabled' },
    paperBallot: { permission: 'admin', enabledBy: 'votingEnabled' },
    manage: { permission: 'admin' },
  } satisfies Record<string, ComponentAction>,
};
