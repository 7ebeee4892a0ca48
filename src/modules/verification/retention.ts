import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AppDeps } from '../../platform/context.ts';
import type { BackgroundWork } from '../define-module.ts';
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

/**
 * What account deletion leaves in the register: the verification of a deleted (anonymised) account keeps
 * only its keyed hash (no neighbourhood, no staff) while an action it allowed is still open — so the same
 * person cannot verify a new account and vote again — and goes entirely once none is. Letters of deleted
 * accounts go at once. Runs at every start and every hour (see `background`), and from tests directly.
 */
export async function releaseDeletedAccounts(db: Kysely<Database>, registry: ComponentTypes): Promise<{ kept: number; deleted: number }> {
  await db.deleteFrom('verification_letter').where('user_id', 'in', (eb) => eb.selectFrom('user').select('id').where('deletedAt', 'is not', null)).execute();
  const rows = await db
    .selectFrom('identity_verification')
    .leftJoin('user', 'user.id', 'identity_verification.user_id')
    .select(['identity_verification.id', 'identity_verification.user_id'])
    .where((eb) => eb.or([eb('identity_verification.user_id', 'is', null), eb('user.deletedAt', 'is not', null)]))
    .execute();
  let kept = 0;
  let deleted = 0;
  for (const row of rows) {
    const uses = await db.selectFrom('verification_use').select(['component_id', 'action']).where('verification_id', '=', row.id).execute();
    let open = false;
    for (const use of uses) if (!open) open = await actionOpen(db, registry, use.component_id, use.action);
    if (open) {
      // The anonymised account stays named so the voter register can still tell this person already voted with it.
      await db.updateTable('identity_verification').set({ neighbourhood_id: null, verified_by: null }).where('id', '=', row.id).execute();
      kept += 1;
    } else {
      await db.deleteFrom('identity_verification').where('id', '=', row.id).execute();
      deleted += 1;
    }
  }
  return { kept, deleted };
}

// Once an hour is soon enough: until then the hash only blocks the same person, which is what it is for.
const EVERY_MS = 3_600_000;

/** Runs the release at start, then hourly, until stopped. */
export function superviseRetention(deps: AppDeps): BackgroundWork {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = releaseDeletedAccounts(deps.db, deps.modules).catch((error: unknown) => deps.log.error({ err: error }, 'verification release failed'));
  };
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
