import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config, Locale } from '../config.ts';
import type { DialectName } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { Auth } from './auth.ts';
import type { CityIdentity } from './city.ts';
import type { Translate } from './i18n/index.ts';
import type { Mailer } from './mail.ts';

export type Role = 'resident' | 'moderator' | 'admin';

/** The signed-in person, as every page and service sees them. */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: Role;
  locale: Locale | null;
}

/**
 * What the installed modules offer each other at run time (the component types, the commentable and
 * flaggable resources, the account-export sections...). Each module declares its own slot here by
 * declaration merging, so the platform imports nothing from the modules; `src/modules/install.ts`
 * fills every slot once from the module list.
 */
export interface ModuleRegistry {
  /** The links the modules put in every page's main navigation, in position order. */
  navigation: readonly NavigationLink[];
  /** The links the modules put in every page's footer (the legal pages), in position order. */
  footer: readonly NavigationLink[];
}

/** A link in the main navigation: where it goes, its label, who sees it and where it sits (lower first). */
export interface NavigationLink {
  href: string;
  labelKey: string;
  audience: 'everyone' | 'moderators' | 'admins';
  position: number;
}

/** What the app is built from: one per process, shared by every request. */
export interface AppDeps {
  config: Config;
  db: Kysely<Database>;
  dialect: DialectName;
  auth: Auth;
  mailer: Mailer;
  log: Logger;
  modules: ModuleRegistry;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    user: CurrentUser | null;
    sessionId: string | null;
    locale: Locale;
    t: Translate;
    /** The city's name and logo (set for every page request by `loadCityIdentity`). */
    city: CityIdentity;
  };
}
