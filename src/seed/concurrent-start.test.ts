import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateDatabase } from '../modules/index.ts';
import { runOnServer, withDatabase } from '../db/postgres-admin.ts';
import { demoPeople } from './bellerive.ts';
import { seedDemoCityIfEmpty } from './demo.ts';

const serverUrl = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL! : null;
const work = mkdtempSync(join(tmpdir(), 'cocity-race-'));
const cleanups: (() => Promise<void>)[] = [async () => rmSync(work, { recursive: true, force: true })];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** A database nobody has migrated yet: a new PostgreSQL database when the suite runs on PostgreSQL, else a new SQLite file. */
async function freshDatabaseUrl(): Promise<string> {
  if (!serverUrl) return `sqlite:${join(work, 'cocity.sqlite')}`;
  const name = `cocity_race_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  cleanups.push(() => runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name}`));
  return withDatabase(serverUrl, name);
}

describe('instances started at the same moment on an empty database', () => {
  it('both migrate and seed without error, and there is one demo city', async () => {
    const databaseUrl = await freshDatabaseUrl();
    const config = loadConfig({ DATABASE_URL: databaseUrl, DATA_DIR: join(work, 'data'), AUTH_SECRET: 'race-test-secret-0123456789abcdefghijkl' });
    // Each instance has its own connections, as two processes would.
    const instances = [connectDatabase(databaseUrl), connectDatabase(databaseUrl), connectDatabase(databaseUrl)];
    try {
      const starts = await Promise.allSettled(
        instances.map(async (handle) => {
          await migrateDatabase(handle);
          return seedDemoCityIfEmpty(handle, config);
        }),
      );
      expect(starts.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
      for (const start of starts) expect(start.status === 'fulfilled' && start.value?.map((a) => a.email)).toEqual(demoPeople.map((p) => p.email));
      const { db } = instances[0];
      const count = async (table: 'user' | 'process' | 'neighbourhood') => (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      // The demo people once each (modules' demo seeds add other, sign-in-less people, such as the compass's assessors).
      const demoUsers = await db.selectFrom('user').select('email').where('email', 'in', demoPeople.map((p) => p.email)).execute();
      expect(demoUsers).toHaveLength(demoPeople.length);
      // The three processes of bellerive.ts and the surveys module's quality-of-life barometer.
      expect(await count('process')).toBe(4);
      expect(await count('neighbourhood')).toBe(5);
    } finally {
      for (const handle of instances) await handle.close();
    }
  }, 120_000);
});
