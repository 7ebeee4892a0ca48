/** What other modules may use from proposals: the component manifest, the routers, the API and the demo seed. */
export { proposalsComponent } from './manifest.tsx';
export { proposalRoutes } from './routes.tsx';
export { proposalComponentRoutes } from './component-routes.tsx';
export { registerProposalApi } from './api.ts';
export { proposalCategories, answerStatuses } from './policy.ts';
