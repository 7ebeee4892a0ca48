/** What other modules may use from the registers: the routes, the API and the demo seed. */
export { registerRoutes } from './routes.tsx';
export { registerAdminRoutes } from './admin-routes.tsx';
export { registerRegistersApi } from './api.ts';
export { seedRegisters } from './seed.ts';
