/** What other modules may use from opinion maps: the component manifest, its routes, API and demo seed. */
export { opinionMapComponent } from './manifest.tsx';
export { opinionMapRoutes } from './routes.tsx';
export { registerOpinionMapApi } from './api.ts';
export { opinionMapsMessages } from './messages.ts';
export { seedOpinionMap } from './seed.ts';
