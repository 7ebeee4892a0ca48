import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { adminOnly } from '../../platform/session.ts';
import { adminComponentRoutes } from './admin-component-routes.tsx';
import { adminPhaseRoutes } from './admin-phase-routes.tsx';
import { adminProcessRoutes } from './admin-process-routes.tsx';

/** Admin pages of processes, mounted at `/admin/processes`; city admins only (the services check again). */
export const processAdminRoutes = new Hono<AppEnv>();

processAdminRoutes.use('*', adminOnly);
processAdminRoutes.route('/', adminPhaseRoutes);
processAdminRoutes.route('/', adminComponentRoutes);
processAdminRoutes.route('/', adminProcessRoutes);
