import { defineModule } from '../define-module.ts';
import { indicatorAdminRoutes } from './admin-routes.tsx';
import { registerIndicatorsApi } from './api.ts';
import { indicatorsMessages } from './messages.ts';
import * as createIndicators from './migration.ts';
import { indicatorRoutes, profileRoutes } from './routes.tsx';
import { seedDemoIndicators } from './seed.ts';

/** The city's profile on Giffinger's six dimensions: the catalogue of indicators, their values per area and period, the profile pages and API. */
export const indicatorsModule = defineModule({
  name: 'indicators',
  navigation: [{ href: '/city-profile', labelKey: 'indicators.nav.label', audience: 'everyone', position: 40 }],
  routes: [
    { path: '/city-profile', router: profileRoutes },
    { path: '/indicators', router: indicatorRoutes },
    { path: '/admin/indicators', router: indicatorAdminRoutes },
  ],
  api: registerIndicatorsApi,
  messages: indicatorsMessages,
  demoSeed: ({ db }) => seedDemoIndicators(db),
  migrations: { '020_indicators': createIndicators },
});

/** What other modules may use: surveys feed perceived values; the area list (city first, then neighbourhoods). */
export { recordMeasuredValues, recordPerceivedValues, type MeasuredValue, type PerceivedFeed, type PerceivedValue } from './perceived-feed.ts';
export { CITY, listAreas, areaName, type Area } from './areas.ts';
export { listPerceivedIndicators } from './queries.ts';
export { importIndicatorValues, type ImportOutcome } from './import-service.ts';
