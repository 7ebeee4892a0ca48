import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Auth } from '../platform/auth.ts';
import type { Database } from '../db/schema.ts';

/** Creates a verified account with a password (hashed by better-auth's own hasher). */
export async function insertAccount(
  db: Kysely<Database>,
  auth: Auth,
  person: { name: string; email: string; password: string; role: string; locale?: string },
): Promise<string> {
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(person.password);
  const id = randomUUID();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('user')
      .values({ id, name: person.name, email: person.email.toLowerCase(), emailVerified: 1, image: null, createdAt: now, updatedAt: now, role: person.role, locale: person.locale ?? 'fr', deletedAt: null })
      .execute();
    await trx
      .insertInto('account')
      .values({ id: randomUUID(), userId: id, accountId: id, providerId: 'credential', password: hash, createdAt: now, updatedAt: now } as never)
      .execute();
  });
  return id;
}
