import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { recordAudit } from '../platform/audit.ts';
import { createAuth } from '../platform/auth.ts';
import { insertAccount } from './accounts.ts';

/** `cocity admin create <email>`: grants the admin role, creating a verified account with a one-time password if needed. */
export async function createAdmin(handle: DatabaseHandle, config: Config, rawEmail: string): Promise<string> {
  const email = rawEmail.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Not an email address: ${rawEmail}`);
  const { db } = handle;
  const existing = await db.selectFrom('user').select(['id', 'role']).where('email', '=', email).where('deletedAt', 'is', null).executeTakeFirst();
  if (existing) {
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('user').set({ role: 'admin', emailVerified: 1 }).where('id', '=', existing.id).execute();
      await recordAudit(trx, null, 'role.grant', { type: 'user', id: existing.id }, { role: 'admin', from: existing.role, via: 'command line' });
    });
    return `${email} is now a city admin.`;
  }
  const password = randomBytes(12).toString('base64url');
  const auth = createAuth({ db, dialect: handle.dialect, secret: config.authSecret, baseUrl: config.baseUrl, mailer: null });
  const id = await insertAccount(db, auth, { name: email.split('@')[0], email, password, role: 'admin' });
  await recordAudit(db, null, 'role.grant', { type: 'user', id }, { role: 'admin', via: 'command line' });
  return `Created city admin ${email} with the one-time password: ${password}\nSign in and change it at ${config.baseUrl}/account/security`;
}
