import { defineModule } from '../define-module.ts';
import { adminObservationRoutes } from './admin-routes.tsx';
import { registerObservationsApi } from './api.ts';
import { superviseExpiry } from './expiry.ts';
import { observationsMessages } from './messages.ts';
import * as createObservations from './migration.ts';
import * as groupSightings from './migration-033.ts';
import * as ingestionLog from './migration-034.ts';
import { observationRoutes } from './routes.tsx';
import { demoSensorIds, seedObservations } from './seed.ts';
import './tables.ts';

/**
 * What the registered sensors measure, kept only as hourly and daily aggregates per device and
 * neighbourhood, published on pages and through the API; only devices active in the public register may send.
 */
export const observationsModule = defineModule({
  name: 'observations',
  routes: [
    { path: '/observations', router: observationRoutes },
    { path: '/admin/observations', router: adminObservationRoutes },
  ],
  api: registerObservationsApi,
  messages: observationsMessages,
  background: (deps) => superviseExpiry(deps),
  demoSeed: async ({ db }) => seedObservations(db, await demoSensorIds(db)),
  migrations: { '032_observations': createObservations, '033_observation_seen': groupSightings, '034_observation_log': ingestionLog },
});

export { countRefusals } from './queries.ts';
export { loadSensorFigures, type SensorFigures } from './live.ts';
export { SensorFiguresSection } from './views/sensor-figures.tsx';
