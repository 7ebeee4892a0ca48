import type { DatabaseHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { ModuleDefinition } from './define-module.ts';
import { moduleMigrations } from './install.ts';
import { accountsModule } from './accounts/index.ts';
import { adminModule } from './admin/index.ts';
import { attachmentsModule } from './attachments/index.ts';
import { budgetsModule } from './budgets/index.ts';
import { commentsModule } from './comments/index.ts';
import { compassModule } from './compass/index.ts';
import { geographyModule } from './geography/index.ts';
import { homeModule } from './home/index.ts';
import { indicatorsModule } from './indicators/index.ts';
import { legalModule } from './legal/index.ts';
import { meetingsModule } from './meetings/index.ts';
import { moderationModule } from './moderation/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { observationsModule } from './observations/index.ts';
import { opinionMapsModule } from './opinion-maps/index.ts';
import { organisationsModule } from './organisations/index.ts';
import { participationModule } from './participation/index.ts';
import { pagesModule } from './pages/index.ts';
import { processesModule } from './processes/index.ts';
import { proposalsModule } from './proposals/index.ts';
import { registersModule } from './registers/index.ts';
import { surveysModule } from './surveys/index.ts';
import { verificationModule } from './verification/index.ts';

/**
 * The one ordered list of modules: the app mounts their routes and API in this order, lists their
 * component types in this order, and seeds the demo city in this order. A new capability is a folder
 * and one line here (docs/adding-a-module.md).
 */
export const modules = [
  homeModule,
  notificationsModule,
  accountsModule,
  commentsModule,
  moderationModule,
  organisationsModule,
  pagesModule,
  attachmentsModule,
  proposalsModule,
  processesModule,
  verificationModule,
  budgetsModule,
  opinionMapsModule,
  surveysModule,
  meetingsModule,
  registersModule,
  observationsModule,
  indicatorsModule,
  geographyModule,
  compassModule,
  participationModule,
  legalModule,
  adminModule,
] as const satisfies readonly ModuleDefinition[];

/** The message keys one module declares (none when it has no strings). */
type KeysOf<Module> = Module extends { messages: { fr: infer Strings } } ? keyof Strings & string : never;

declare module '../platform/i18n/catalogs.ts' {
  // The installed modules' keys become the keys `t()` accepts.
  interface InstalledMessageKeys extends Record<KeysOf<(typeof modules)[number]>, true> {}
}

/** Migrates a database to the latest schema of the core and of every module in the list. */
export function migrateDatabase(handle: DatabaseHandle, list: readonly ModuleDefinition[] = modules): Promise<string[]> {
  return migrateToLatest(handle, moduleMigrations(list));
}

export { installModules, mountModules, moduleMigrations, seedModules, startBackgroundWork } from './install.ts';
export type { BackgroundWork, DemoSeedContext, ModuleDefinition } from './define-module.ts';
