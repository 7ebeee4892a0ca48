import { Migrator, type Migration } from 'kysely';
import type { DatabaseHandle } from './connect.ts';
import { migrations as coreMigrations } from './migrations/index.ts';
import { withStartupLock } from './startup-lock.ts';

/**
 * Brings the schema up to date: the core migrations (better-auth's tables first, then cocity's) and
 * the modules' own, all in name order. Returns the names applied now. One process at a time: Kysely's
 * own migration lock does nothing on SQLite, where two processes would both create the same tables.
 */
export function migrateToLatest(handle: DatabaseHandle, moduleMigrations: Readonly<Record<string, Migration>> = {}): Promise<string[]> {
  return withStartupLock(handle, () => migrateUnlocked(handle, moduleMigrations));
}

async function migrateUnlocked(handle: DatabaseHandle, moduleMigrations: Readonly<Record<string, Migration>>): Promise<string[]> {
  const clash = Object.keys(moduleMigrations).find((name) => name in coreMigrations);
  if (clash) throw new Error(`A module migration reuses the core migration name "${clash}"`);
  const all = { ...coreMigrations, ...moduleMigrations };
  // Databases made before 000_auth was pinned already ran 001..: the pinned one then runs late, as a no-op.
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => all }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
