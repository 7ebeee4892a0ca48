import type { AppDeps } from '../../platform/context.ts';
import type { BackgroundWork } from '../define-module.ts';
import { repeatInBackground } from '../repeat-in-background.ts';
import { pruneExpired } from './ingest.ts';

// The pages already leave out what is past retention; the deletion itself may wait this long.
const EVERY_MS = 10 * 60_000;

/**
 * Deletes aggregates past their register entry's retention (and expired idempotency keys and log rows) at start
 * and every ten minutes, so a device that stops sending does not keep its figures beyond the declared retention.
 */
export function superviseExpiry(deps: AppDeps): BackgroundWork {
  return repeatInBackground(() => pruneExpired(deps.db), EVERY_MS, deps.log, 'observations pruning failed');
}
