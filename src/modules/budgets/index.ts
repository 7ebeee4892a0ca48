import { defineModule } from '../define-module.ts';
import { registerBudgetApi } from './api.ts';
import { superviseCounts } from './count-supervisor.ts';
import { budgetComponent } from './manifest.tsx';
import { budgetsMessages } from './messages.ts';
import * as projectAttachments from './migration-project-attachments.ts';
import * as createVoterKeys from './migration-voter-keys.ts';
import { ballotYearlyParticipation } from './participation-source.ts';
import { budgetRoutes } from './routes.tsx';
import { seedDemoBudgets, seedVerifiedDemoBudget } from './seed.ts';

/** The participatory-budget component: projects, secret ballots, counting with the Method of Equal Shares, results. */
export const budgetsModule = defineModule({
  name: 'budgets',
  routes: [{ path: '/', router: budgetRoutes }],
  api: registerBudgetApi,
  messages: budgetsMessages,
  component: budgetComponent,
  participation: [ballotYearlyParticipation],
  demoSeed: async ({ db }) => {
    await seedDemoBudgets(db, 'budget-participatif-2027');
    await seedVerifiedDemoBudget(db, 'plan-climat-tilleuls');
  },
  background: (deps) => superviseCounts(deps),
  migrations: { '038_budget_voter_keys': createVoterKeys, '041_budget_project_attachments': projectAttachments },
});

/** What other modules may use: the budgets open to voting now, with their voters so far (the admin home). */
export { listOpenBudgetVotes, type OpenBudgetVote } from './open-votes.ts';
