import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateDatabase, modules as appModules, type ModuleDefinition } from '../../src/modules/index.ts';
import { runOnServer, withDatabase } from '../../src/db/postgres-admin.ts';

/**
 * A clean, migrated database for one test file: SQLite in memory by default,
 * or a copy of the migrated PostgreSQL template when DATABASE_URL points at PostgreSQL. A module list
 * other than the app's (a fixture module with its own migration) gets its migrations run on top.
 */
export async function createTestDatabase(modules: readonly ModuleDefinition[] = appModules): Promise<DatabaseHandle> {
  const template = inject('pgTemplate');
  const url = process.env.DATABASE_URL;
  if (!template || !url) {
    const handle = connectDatabase('sqlite::memory:');
    await migrateDatabase(handle, modules);
    return handle;
  }
  const name = `cocity_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const handle = connectDatabase(withDatabase(url, name));
  if (modules !== appModules) await migrateDatabase(handle, modules);
  return {
    ...handle,
    async close() {
      await handle.close();
      await runOnServer(url, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}
