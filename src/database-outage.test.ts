import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import pino from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { TEST_ORIGIN, TestClient } from '../test/support/app.ts';
import { startThrowawayPostgres } from '../test/support/postgres-cluster.ts';
import { startServer, type RunningServer } from '../test/support/server.ts';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { installModules, migrateDatabase, modules } from './modules/index.ts';
import { buildDeps } from './platform/deps.ts';
import { connectDatabase } from './db/connect.ts';
import { runOnServer, withDatabase } from './db/postgres-admin.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const unavailableText = 'La base de données ne répond pas pour le moment';

/** Status of a page that reads the database, /healthz, and a form post that writes, on a running server. */
async function statuses(server: RunningServer) {
  const page = await fetch(`${server.baseUrl}/processes`);
  const post = await fetch(`${server.baseUrl}/account/sign-in`, {
    method: 'POST',
    headers: { origin: server.baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'email=someone%40example.org&password=not-the-right-one',
  });
  const health = await fetch(`${server.baseUrl}/healthz`);
  return { page: page.status, pageText: await page.text(), post: post.status, health: health.status };
}

/** Waits until the server answers its pages again (the pool reconnects on the next queries). */
async function untilRecovered(server: RunningServer) {
  for (let i = 0; i < 50; i++) {
    const now = await statuses(server);
    if (now.health === 200 && now.page === 200) return now;
    await pause(200);
  }
  return statuses(server);
}

const template = inject('pgTemplate');
const serverUrl = process.env.DATABASE_URL;

if (template && serverUrl) {
  describe('PostgreSQL going away and coming back', () => {
    it('survives its connections being terminated, answers 503 while the database refuses connections, then recovers', async () => {
      const name = `cocity_outage_${randomBytes(5).toString('hex')}`;
      await runOnServer(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
      const terminate = () => runOnServer(serverUrl, `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`);
      const server = await startServer({ DATABASE_URL: withDatabase(serverUrl, name), COCITY_DEMO: '0' });
      try {
        // Several requests at once, so the pool holds several idle connections.
        await Promise.all(Array.from({ length: 6 }, () => fetch(`${server.baseUrl}/processes`)));
        await terminate();
        await pause(500);
        expect(server.alive(), server.output()).toBe(true);
        expect((await untilRecovered(server)).page).toBe(200);

        await runOnServer(serverUrl, `ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
        await terminate();
        const away = await statuses(server);
        expect(away).toMatchObject({ page: 503, post: 503, health: 503 });
        expect(away.pageText).toContain(unavailableText);
        expect(server.alive(), server.output()).toBe(true);

        await runOnServer(serverUrl, `ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        expect(await untilRecovered(server)).toMatchObject({ page: 200, post: 400, health: 200 });
        expect(server.output()).not.toContain('"level":50');
        expect(await server.stop()).toBe(0);
      } finally {
        await server.stop();
        await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    }, 120_000);

    it('survives a restart of the PostgreSQL server, answering 503 while it is down', async () => {
      const cluster = await startThrowawayPostgres();
      let server: RunningServer | null = null;
      try {
        server = await startServer({ DATABASE_URL: cluster.url, COCITY_DEMO: '0' });
        await Promise.all(Array.from({ length: 6 }, () => fetch(`${server!.baseUrl}/processes`)));
        cluster.stop();
        const down = await statuses(server);
        expect(down).toMatchObject({ page: 503, post: 503, health: 503 });
        expect(server.alive(), server.output()).toBe(true);
        cluster.start();
        expect(await untilRecovered(server)).toMatchObject({ page: 200, post: 400, health: 200 });
        expect(server.output()).not.toContain('"level":50');
      } finally {
        await server?.stop();
        cluster.destroy();
      }
    }, 180_000);
  });
} else {
  describe('SQLite locked by another process', () => {
    it('answers 503 while another process holds the write lock, then works again', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'cocity-busy-'));
      const file = join(folder, 'busy.sqlite');
      const handle = connectDatabase(`sqlite:${file}`);
      await migrateDatabase(handle);
      // Wait 200 ms for the lock instead of 5 s, to keep the test short.
      await sql`pragma busy_timeout = 200`.execute(handle.db);
      const config = { port: 3000, baseUrl: TEST_ORIGIN, databaseUrl: `sqlite:${file}`, authSecret: 'x'.repeat(40), verificationKey: 'v'.repeat(40), smtpUrl: null, defaultLocale: 'fr', demo: false, dataDir: tmpdir(), uploadDir: tmpdir(), trustProxy: 0, logLevel: 'silent', securityContact: null, workers: 1 } satisfies Config;
      const client = new TestClient(createApp(buildDeps(config, handle, installModules(modules), pino({ level: 'silent' }))));
      const other = new Database(file);
      try {
        other.exec('BEGIN EXCLUSIVE');
        const locked = await client.post('/account/sign-in', { email: 'someone@example.org', password: 'not-the-right-one' });
        expect(locked.status).toBe(503);
        expect(locked.headers.get('retry-after')).toBe('5');
        expect(await locked.text()).toContain(unavailableText);
        other.exec('ROLLBACK');
        expect((await client.post('/account/sign-in', { email: 'someone@example.org', password: 'not-the-right-one' })).status).toBe(400);
      } finally {
        other.close();
        await handle.close();
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}
