import { defineModule } from '../define-module.ts';
import { adminMessages } from './messages.ts';
import { adminRoutes } from './routes.tsx';

/** The city admins' area: people and roles, neighbourhoods, the audit log, the outbox. */
export const adminModule = defineModule({ name: 'admin', routes: [{ path: '/admin', router: adminRoutes }], messages: adminMessages, navigation: [{ href: '/admin', labelKey: 'layout.admin', audience: 'admins', position: 80 }] });
