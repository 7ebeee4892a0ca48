import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../full-text.ts';

/**
 * better-auth's tables (user, session, account, verification), pinned as a migration: the same columns
 * and types its own schema generator (better-auth 1.7, `getMigrations`) creates on each database, with
 * cocity's extra user fields (role, locale, deletedAt). Pinned so a better-auth upgrade cannot change
 * the schema behind our back, and so migrating needs no auth configuration. `ifNotExists` keeps
 * databases created by the generator before this migration existed as they are.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const bool = pg ? 'boolean' : 'integer';
  const time = pg ? 'timestamptz' : 'date';
  const now = sql`CURRENT_TIMESTAMP`;
  const stamp = (defaulted: boolean) => (c: any) => (pg && defaulted ? c.notNull().defaultTo(now) : c.notNull());
  await db.schema
    .createTable('user')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('emailVerified', bool, (c) => c.notNull())
    .addColumn('image', 'text')
    .addColumn('createdAt', time, stamp(true))
    .addColumn('updatedAt', time, stamp(true))
    .addColumn('role', 'text')
    .addColumn('locale', 'text')
    .addColumn('deletedAt', 'text')
    .execute();
  await db.schema
    .createTable('session')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('expiresAt', time, (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('createdAt', time, stamp(true))
    .addColumn('updatedAt', time, stamp(false))
    .addColumn('ipAddress', 'text')
    .addColumn('userAgent', 'text')
    .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createTable('account')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('accountId', 'text', (c) => c.notNull())
    .addColumn('providerId', 'text', (c) => c.notNull())
    .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('accessToken', 'text')
    .addColumn('refreshToken', 'text')
    .addColumn('idToken', 'text')
    .addColumn('accessTokenExpiresAt', time)
    .addColumn('refreshTokenExpiresAt', time)
    .addColumn('scope', 'text')
    .addColumn('password', 'text')
    .addColumn('createdAt', time, stamp(true))
    .addColumn('updatedAt', time, stamp(false))
    .execute();
  await db.schema
    .createTable('verification')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('expiresAt', time, (c) => c.notNull())
    .addColumn('createdAt', time, stamp(true))
    .addColumn('updatedAt', time, stamp(true))
    .execute();
  await db.schema.createIndex('session_userId_idx').ifNotExists().on('session').column('userId').execute();
  await db.schema.createIndex('account_userId_idx').ifNotExists().on('account').column('userId').execute();
  await db.schema.createIndex('verification_identifier_idx').ifNotExists().on('verification').column('identifier').execute();
}
