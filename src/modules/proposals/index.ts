import { defineModule } from '../define-module.ts';
import { proposalExportSections } from './account-export.ts';
import { registerProposalApi } from './api.ts';
import { proposalComponentRoutes } from './component-routes.tsx';
import { proposalsComponent } from './manifest.tsx';
import { proposalsMessages } from './messages.ts';
import { proposalYearlyParticipation } from './participation-source.ts';
import { proposalCommentable, proposalModeratable } from './registration.ts';
import { proposalRoutes } from './routes.tsx';
import { seedDemoProposals } from './seed.ts';

/** The proposals component: residents and organisations propose, co-sign, support and debate; the city answers. */
export const proposalsModule = defineModule({
  name: 'proposals',
  routes: [
    // Before the processes' own routes: they would take /processes/:slug/... first.
    { path: '/processes', router: proposalComponentRoutes },
    { path: '/proposals', router: proposalRoutes },
  ],
  api: registerProposalApi,
  messages: proposalsMessages,
  component: proposalsComponent,
  commentables: [proposalCommentable],
  moderatables: [proposalModeratable],
  exportSections: proposalExportSections,
  participation: [proposalYearlyParticipation],
  demoSeed: ({ db, people, config }) => seedDemoProposals(db, 'plan-climat-tilleuls', people, config.uploadDir),
});

/** What other modules may use from proposals. */
export { proposalCategories, answerStatuses } from './policy.ts';
