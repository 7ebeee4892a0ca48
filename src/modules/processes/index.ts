import { defineModule } from '../define-module.ts';
import { registerProcessApi } from './api.ts';
import { processAdminRoutes } from './admin-routes.tsx';
import { processesMessages } from './messages.ts';
import { processRoutes } from './routes.tsx';

/** Participatory processes: phases, neighbourhood scope, and the components other modules let them attach. */
export const processesModule = defineModule({
  name: 'processes',
  navigation: [{ href: '/processes', labelKey: 'layout.processes', audience: 'everyone', position: 10 }],
  routes: [
    { path: '/processes', router: processRoutes },
    { path: '/admin/processes', router: processAdminRoutes },
  ],
  api: registerProcessApi,
  messages: processesMessages,
});

/** What other modules may use from the processes module: the component registry API, cards and process lookups. */
export type { ComponentAction, ComponentContent, ComponentManifest, ComponentSpec, Permission } from './components/manifest.ts';
export { defineComponent, defineComponentSpec } from './components/manifest.ts';
export { findManifest, type ComponentTypes } from './components/registry.ts';
export { actionRequirement, verifiableActions, verificationMethods, type ActionRequirement, type VerificationMethod } from './components/requirements.ts';
export { componentSettingsFor, isActionEnabled, mayPerform, permissionRefusal, type PermissionRefusal } from './components/settings.ts';
export { assertVisibleComponent, assertVisibleProcess, canSeeComponent, canSeeProcess } from './access.ts';
export { currentPhase, isClosed, todayIso } from './current-phase.ts';
export { findProcessById, findProcessBySlug, listNeighbourhoods, listPhases, listProcessSummaries, loadProcessDetail, loadVisibleComponent } from './queries.ts';
export { ComponentPage } from './views/component-page.tsx';
export type { ComponentRow, NeighbourhoodRow, PhaseRow, ProcessDetail, ProcessRow, ProcessSummary } from './types.ts';
export { publishedCards, type PublishedCards } from './published-cards.tsx';
export { serveUpload } from './uploads.ts';
export { ProcessCards } from './views/process-cards.tsx';
