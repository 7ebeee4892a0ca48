import { defineModule } from '../define-module.ts';
import { opinionMapExportSections } from './account-export.ts';
import { registerOpinionMapApi } from './api.ts';
import { opinionMapComponent } from './manifest.tsx';
import { opinionMapsMessages } from './messages.ts';
import { opinionMapYearlyParticipation } from './participation-source.ts';
import { opinionMapRoutes } from './routes.tsx';
import { seedOpinionMap } from './seed.ts';

/** The opinion-map component (the Pol.is method): statements, votes, opinion groups and what they share. */
export const opinionMapsModule = defineModule({
  name: 'opinion-maps',
  routes: [{ path: '/opinion-maps', router: opinionMapRoutes }],
  api: registerOpinionMapApi,
  messages: opinionMapsMessages,
  component: opinionMapComponent,
  exportSections: opinionMapExportSections,
  participation: [opinionMapYearlyParticipation],
  demoSeed: ({ db }) => seedOpinionMap(db, 'charte-capteurs-urbains'),
});
