import { getMigrations } from 'better-auth/db/migration';
import { Migrator } from 'kysely';
import { authOptions } from '../platform/auth.ts';
import type { DatabaseHandle } from './connect.ts';
import { migrations } from './migrations/index.ts';

/** Brings the schema up to date: better-auth's tables first (ours reference user.id), then cocity's migrations. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const options = authOptions({ db: handle.db, dialect: handle.dialect, secret: 'migration-only-secret-not-used-for-sessions', baseUrl: 'http://localhost', mailer: null });
  const { runMigrations } = await getMigrations(options);
  await runMigrations();
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
