import type { Hono } from 'hono';
import type { AppEnv } from '../platform/context.ts';
import { accountRoutes } from './accounts/routes.tsx';
import { adminRoutes } from './admin/routes.tsx';
import { budgetRoutes } from './budgets/routes.tsx';
import { commentRoutes } from './comments/routes.tsx';
import { moderationRoutes } from './moderation/routes.tsx';
import { notificationRoutes } from './notifications/routes.tsx';
import { createApiRoutes } from './api/routes.ts';
import { homeRoutes } from './home/routes.tsx';
import { organisationRoutes } from './organisations/routes.tsx';
import { processAdminRoutes } from './processes/admin-routes.tsx';
import { processRoutes } from './processes/routes.tsx';
import { proposalComponentRoutes, proposalRoutes } from './proposals/index.ts';
import { opinionMapRoutes } from './opinion-maps/index.ts';
import { registerAdminRoutes, registerRoutes } from './registers/index.ts';

/** Mounts every module's routes on the app. */
export function mountModules(app: Hono<AppEnv>): void {
  app.route('/', homeRoutes);
  app.route('/', notificationRoutes);
  app.route('/account', accountRoutes);
  app.route('/comments', commentRoutes);
  app.route('/', moderationRoutes);
  app.route('/organisations', organisationRoutes);
  app.route('/processes', proposalComponentRoutes);
  app.route('/processes', processRoutes);
  app.route('/proposals', proposalRoutes);
  app.route('/', budgetRoutes);
  app.route('/admin/processes', processAdminRoutes);
  app.route('/registers', registerRoutes);
  app.route('/admin/registers', registerAdminRoutes);
  app.route('/admin', adminRoutes);
  app.route('/opinion-maps', opinionMapRoutes);
  app.route('/api/v1', createApiRoutes());
}
