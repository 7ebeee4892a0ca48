import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AppDeps } from '../../platform/context.ts';
import type { AccountDeletion, BackgroundWork } from '../define-module.ts';
import { repeatInBackground } from '../repeat-in-background.ts';
import { findManifest, findProcessById, isActionEnabled, loadProcessDetail, type ComponentTypes } from '../processes/index.ts';

/** Whether an action of a component is open right now (its process not closed, its phase switch on). */
async function actionOpen(db: Kysely<Database>, registry: ComponentTypes, componentId: string, action: string): Promise<boolean> {
  const component = await db.selectFrom('component').selectAll().where('id', '=', componentId).executeTakeFirst();
  const manifest = component && findManifest(registry, component.type);
  const process = component && (await findProcessById(db, component.process_id));
  if (!component || !manifest || !process) return false;
  const detail = await loadProcessDetail(db, process);
  return !detail.closed && isActionEnabled(manifest, component, detail.current, action);
}

// Keeps only the keyed hash of a deleted account's verification while an action it allowed is open; deletes it otherwise.
async function releaseVerification(db: Kysely<Database>, registry: ComponentTypes, verificationId: string): Promise<'kept' | 'deleted'> {
  const uses = await db.selectFrom('verification_use').select(['component_id', 'action']).where('verification_id', '=', verificationId).execute();
  let open = false;
  for (const use of uses) if (!open) open = await actionOpen(db, registry, use.component_id, use.action);
  if (!open) {
    await db.deleteFrom('identity_verification').where('id', '=', verificationId).execute();
    return 'deleted';
  }
  // The anonymised account stays named so the voter register can still tell this person already voted with it.
  await db.updateTable('identity_verification').set({ neighbourhood_id: null, verified_by: null }).where('id', '=', verificationId).execute();
  return 'kept';
}

/**
 * What account deletion leaves in the register: the verification of a deleted (anonymised) account keeps
 * only its keyed hash (no neighbourhood, no staff) while an action it allowed is still open — so the same
 * person cannot verify a new account and vote again — and goes entirely once none is. Letters of deleted
 * accounts go at once. The deletion itself does this for its account (`releaseOnAccountDeletion`); this
 * run, at every start and every hour (see `background`), deletes the hashes whose actions have closed since.
 */
export async function releaseDeletedAccounts(db: Kysely<Database>, registry: ComponentTypes): Promise<{ kept: number; deleted: number }> {
  await db.deleteFrom('verification_letter').where('user_id', 'in', (eb) => eb.selectFrom('user').select('id').where('deletedAt', 'is not', null)).execute();
  const rows = await db
    .selectFrom('identity_verification')
    .leftJoin('user', 'user.id', 'identity_verification.user_id')
    .select(['identity_verification.id'])
    .where((eb) => eb.or([eb('identity_verification.user_id', 'is', null), eb('user.deletedAt', 'is not', null)]))
    .execute();
  const report = { kept: 0, deleted: 0 };
  for (const row of rows) report[await releaseVerification(db, registry, row.id)] += 1;
  return report;
}

/** The account-deletion hook: the person's letters go, and their verification is released as above, in the deletion's transaction. */
export async function releaseOnAccountDeletion(trx: Transaction<Database>, { userId, deps }: AccountDeletion): Promise<void> {
  await trx.deleteFrom('verification_letter').where('user_id', '=', userId).execute();
  const row = await trx.selectFrom('identity_verification').select('id').where('user_id', '=', userId).executeTakeFirst();
  if (row) await releaseVerification(trx, deps.modules, row.id);
}

// Once an hour is soon enough: until then the hash only blocks the same person, which is what it is for.
const EVERY_MS = 3_600_000;

/** Runs the release at start, then hourly, until stopped. */
export function superviseRetention(deps: AppDeps): BackgroundWork {
  return repeatInBackground(() => releaseDeletedAccounts(deps.db, deps.modules), EVERY_MS, deps.log, 'verification release failed');
}
