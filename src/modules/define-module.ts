import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import type { Kysely, Migration, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import type { AppDeps, AppEnv, NavigationLink } from '../platform/context.ts';
import type { MessageSet } from '../platform/i18n/catalogs.ts';
import type { ExportSection } from './accounts/export.ts';
import type { CommentableDefinition } from './comments/registry.ts';
import type { ModeratableDefinition } from './moderation/registry.ts';
import type { ParticipationSource } from './participation/source.ts';
import type { ComponentManifest } from './processes/components/manifest.ts';

/** A router of the module and where it is mounted (`'/'` when its paths are already absolute). */
export interface RouteMount {
  path: string;
  router: Hono<AppEnv>;
}

/** What a module's demo seed receives: the database, the demo people's ids by their key (`admin`, `amina`...) and the config (keys). */
export interface DemoSeedContext {
  db: Kysely<Database>;
  people: Record<string, string>;
  config: Config;
}

/** Work a module runs beside the server (e.g. budget counts); `stop()` ends it before the database closes. */
export interface BackgroundWork {
  stop(): Promise<void>;
}

/** What a module's account-deletion hook is told: whose account, when, and the app (dialect, mailer, log, modules). */
export interface AccountDeletion {
  userId: string;
  now: Date;
  deps: AppDeps;
}

/** Work a deletion hook leaves for after the commit (mails to other people); a failure is logged, the deletion stands. */
export type AfterAccountDeletion = () => Promise<void>;

/**
 * Everything the app installs from one module. `src/modules/index.ts` holds the one ordered list of
 * these; `src/modules/install.ts` mounts routes and API in that order, merges messages, builds the
 * component, commentable and moderatable registries and the account-export sections, runs demo seeds
 * and collects migrations. A module registers nothing by importing a file.
 */
export interface ModuleDefinition {
  /** Short unique name (folder name), used in error messages and tests. */
  name: string;
  routes?: readonly RouteMount[];
  /** Adds the module's `/api/v1` operations (they appear in the OpenAPI document). */
  api?: (api: OpenAPIHono<AppEnv>) => void;
  messages?: MessageSet;
  /** The component type this module lets processes attach. */
  component?: ComponentManifest;
  commentables?: readonly CommentableDefinition[];
  moderatables?: readonly ModeratableDefinition[];
  /** Sections the module adds to "download my data", in order. */
  exportSections?: readonly ExportSection[];
  /** What people did with the module, year by year, for the equity-of-participation page (`/participation`). */
  participation?: readonly ParticipationSource[];
  /** Fills the module's part of the demo city, after the city's neighbourhoods, organisations and processes. */
  demoSeed?: (ctx: DemoSeedContext) => Promise<void>;
  /** Links the module adds to the main navigation of every page. */
  navigation?: readonly NavigationLink[];
  /** Links the module adds to the footer of every page (for everyone; `audience` is not read there). */
  footer?: readonly NavigationLink[];
  /** Starts the module's background work once the server listens (not in tests, not in other commands). */
  background?: (deps: AppDeps) => BackgroundWork;
  /**
   * Erases or releases what the module keeps about a person who deletes their account, inside the
   * deletion's own transaction (so nothing lingers until a later run); may return work for after the commit.
   */
  accountDeletion?: (trx: Transaction<Database>, deletion: AccountDeletion) => Promise<AfterAccountDeletion | void>;
  /** The module's own migrations, by name; names sort after the migrations they depend on (e.g. `020_links`). */
  migrations?: Readonly<Record<string, Migration>>;
}

declare module '../platform/context.ts' {
  interface ModuleRegistry {
    /** The installed module list itself, in order (the app mounts its routes from it). */
    definitions: readonly ModuleDefinition[];
  }
}

/** Declares a module (a typed identity: the checks happen when the list is installed). */
export function defineModule<M extends ModuleDefinition>(definition: M): M {
  return definition;
}
