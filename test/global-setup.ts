import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { runOnServer, withDatabase } from '../src/db/postgres-admin.ts';
import { build } from '../scripts/build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
  }
}

/**
 * On PostgreSQL, migrate one template database once; each test file then copies it
 * (CREATE DATABASE ... TEMPLATE), which is much faster than migrating per file.
 */
export default async function setup(project: TestProject) {
  // Tests that run `bin/cocity.js` need the compiled build: make it once here rather than in each of them at once.
  await build();
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:/.test(url)) {
    project.provide('pgTemplate', null);
    return;
  }
  const template = `cocity_tpl_${process.pid}`;
  await runOnServer(url, `DROP DATABASE IF EXISTS ${template}`);
  await runOnServer(url, `CREATE DATABASE ${template}`);
  const handle = connectDatabase(withDatabase(url, template));
  await migrateDatabase(handle);
  await handle.close();
  project.provide('pgTemplate', template);
  return async () => {
    await runOnServer(url, `DROP DATABASE IF EXISTS ${template}`);
  };
}
