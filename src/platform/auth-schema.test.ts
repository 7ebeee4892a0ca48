import { getMigrations } from 'better-auth/db/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { authOptions } from './auth.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('the pinned better-auth schema (migration 000_auth)', () => {
  it('is all better-auth would create or add: an upgrade that needs more fails here, not in production', async () => {
    const options = authOptions({ db: handle.db, dialect: handle.dialect, secret: 'schema-check-secret-not-used-anywhere', baseUrl: 'http://localhost', mailer: null });
    const { toBeCreated, toBeAdded } = await getMigrations(options);
    expect(toBeCreated.map((t) => t.table)).toEqual([]);
    expect(toBeAdded.map((t) => `${t.table}: ${Object.keys(t.fields).join(', ')}`)).toEqual([]);
  });
});
