import { defineModule } from '../define-module.ts';
import { accountsMessages } from './messages.ts';
import { accountRoutes } from './routes.tsx';

/** Accounts: sign-up, sign-in, verification, passwords, sessions, data export and deletion. */
export const accountsModule = defineModule({ name: 'accounts', routes: [{ path: '/account', router: accountRoutes }], messages: accountsMessages });

/** What other modules may use from accounts: the type of a "download my data" section. */
export type { ExportSection } from './export.ts';
