import { defineModule } from '../define-module.ts';
import { registerParticipationApi } from './api.ts';
import { participationMessages } from './messages.ts';
import * as createParticipation from './migration.ts';
import { participationAdminRoutes, participationRoutes } from './routes.tsx';
import { seedDemoPopulation } from './seed.ts';

/**
 * Equity of participation: who takes part, per neighbourhood and per 1,000 inhabitants, through the
 * privacy rules. Modules tell what people did with them by declaring `participation` sources.
 */
export const participationModule = defineModule({
  name: 'participation',
  routes: [
    { path: '/participation', router: participationRoutes },
    { path: '/admin/participation', router: participationAdminRoutes },
  ],
  api: registerParticipationApi,
  messages: participationMessages,
  demoSeed: ({ db }) => seedDemoPopulation(db),
  migrations: { '022_participation': createParticipation },
});

/** What other modules use to declare their part of the page. */
export { cappedCounter, NO_NEIGHBOURHOOD, yearBounds, type ParticipationQuery, type ParticipationSource, type YearOfParticipation } from './source.ts';
