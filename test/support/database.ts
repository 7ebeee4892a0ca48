import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { runOnServer, withDatabase } from '../../src/db/postgres-admin.ts';

/**
 * A clean, migrated database for one test file: SQLite in memory by default,
 * or a copy of the migrated PostgreSQL template when DATABASE_URL points at PostgreSQL.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const template = inject('pgTemplate');
  const url = process.env.DATABASE_URL;
  if (!template || !url) {
    const handle = connectDatabase('sqlite::memory:');
    await migrateToLatest(handle);
    return handle;
  }
  const name = `cocity_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const handle = connectDatabase(withDatabase(url, name));
  return {
    ...handle,
    async close() {
      await handle.close();
      await runOnServer(url, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}
