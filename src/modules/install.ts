import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import type { Migration } from 'kysely';
import type { AppDeps, AppEnv, ModuleRegistry } from '../platform/context.ts';
import { issuesToFieldErrors } from '../platform/form.ts';
import { addMessages, platformMessages } from '../platform/i18n/catalogs.ts';
import { baseExportSections } from './accounts/export.ts';
import type { BackgroundWork, DemoSeedContext, ModuleDefinition } from './define-module.ts';

function uniqueMap<T extends { type: string }>(what: string, items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.type)) throw new Error(`Two modules declare the ${what} type "${item.type}"`);
    map.set(item.type, item);
  }
  return map;
}

/**
 * Builds the registry the modules read at run time from the ordered module list, and adds their
 * strings to the catalogs. Throws at start on a clash (two modules with one name, one component type,
 * one message key) rather than letting the later one silently win.
 */
export function installModules(list: readonly ModuleDefinition[]): ModuleRegistry {
  const names = new Set<string>();
  const keyOwner = new Map<string, string>(Object.keys(platformMessages.fr).map((k) => [k, 'platform']));
  for (const module of list) {
    if (names.has(module.name)) throw new Error(`Two modules are named "${module.name}"`);
    names.add(module.name);
    for (const key of Object.keys(module.messages?.fr ?? {})) {
      const owner = keyOwner.get(key);
      if (owner && owner !== module.name) throw new Error(`Message key "${key}" is declared by both "${owner}" and "${module.name}"`);
      keyOwner.set(key, module.name);
    }
    if (module.messages) addMessages(module.messages);
  }
  return {
    definitions: list,
    components: uniqueMap('component', list.flatMap((m) => (m.component ? [m.component] : []))),
    commentables: uniqueMap('commentable', list.flatMap((m) => m.commentables ?? [])),
    moderatables: uniqueMap('moderatable', list.flatMap((m) => m.moderatables ?? [])),
    navigation: list.flatMap((m) => m.navigation ?? []).sort((a, b) => a.position - b.position),
    footer: list.flatMap((m) => m.footer ?? []).sort((a, b) => a.position - b.position),
    exportSections: [...baseExportSections, ...list.flatMap((m) => m.exportSections ?? [])],
  };
}

/** Mounts every installed module's routers, in list order, then the JSON API at `/api/v1`. */
export function mountModules(app: Hono<AppEnv>, { definitions: list }: ModuleRegistry): void {
  for (const module of list) for (const { path, router } of module.routes ?? []) app.route(path, router);
  app.route('/api/v1', createApiRouter(list));
}

/** The public JSON API, `/api/v1`, described by the OpenAPI 3.1 document built from the modules' zod schemas. */
export function createApiRouter(list: readonly ModuleDefinition[]): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const fields = issuesToFieldErrors(result.error.issues, c.var.t);
        return c.json({ error: { code: 'invalid_input', message: c.var.t('error.400'), fields } }, 400);
      }
    },
  });
  for (const module of list) module.api?.(api);
  api.doc31('/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: { title: 'cocity API', version: '1.0.0', description: 'Open data of a cocity instance: processes, proposals, budgets, opinion maps, registers.' },
    servers: [{ url: `${c.var.deps.config.baseUrl}/api/v1` }],
  }));
  return api;
}

/** Starts every installed module's background work, in list order; the returned `stop()` ends all of it. */
export function startBackgroundWork(deps: AppDeps): BackgroundWork {
  const started = deps.modules.definitions.flatMap((module) => (module.background ? [module.background(deps)] : []));
  return {
    async stop() {
      await Promise.all(started.map((work) => work.stop()));
    },
  };
}

/** Every module's migrations, by name (they run after the core migrations in name order). */
export function moduleMigrations(list: readonly ModuleDefinition[]): Record<string, Migration> {
  const all: Record<string, Migration> = {};
  for (const module of list) {
    for (const [name, migration] of Object.entries(module.migrations ?? {})) {
      if (name in all) throw new Error(`Two modules declare the migration "${name}"`);
      all[name] = migration;
    }
  }
  return all;
}

/** Runs every module's demo seed, in list order. */
export async function seedModules(list: readonly ModuleDefinition[], ctx: DemoSeedContext): Promise<void> {
  for (const module of list) await module.demoSeed?.(ctx);
}
