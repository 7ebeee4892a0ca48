/** What other modules may use from the processes module: the component registry API, cards and process lookups. */
export type { ComponentAction, ComponentContent, ComponentManifest, Permission } from './components/manifest.ts';
export { defineComponent } from './components/manifest.ts';
export { componentRegistry, findManifest } from './components/registry.ts';
export { componentSettingsFor, isActionEnabled, mayPerform } from './components/settings.ts';
export { currentPhase, isClosed, todayIso } from './current-phase.ts';
export { findProcessBySlug, listProcessSummaries, loadProcessDetail } from './queries.ts';
export type { ComponentRow, PhaseRow, ProcessDetail, ProcessRow, ProcessSummary } from './types.ts';
export { publishedCards, type PublishedCards } from './published-cards.tsx';
export { serveUpload } from './uploads.ts';
export { ProcessCards } from './views/process-cards.tsx';
