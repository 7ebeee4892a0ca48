import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forUpdate } from '../../db/row-lock.ts';
import type { Tally } from '../../web/confirm.tsx';

/**
 * What residents and organisations contributed to a proposals component: proposals, supports and
 * comments on them. With `lock` (inside a removal's transaction) the proposals are locked first, so a
 * support arriving meanwhile waits and is then refused instead of vanishing with them.
 */
export async function proposalComponentParticipation(db: Kysely<Database>, componentId: string, lock: boolean): Promise<Tally[]> {
  const proposals = db.selectFrom('proposal').select('id').where('component_id', '=', componentId);
  if (lock) await forUpdate(db, proposals).execute();
  const [created, supports, comments] = await Promise.all([
    db.selectFrom('proposal').select((eb) => eb.fn.countAll().as('n')).where('component_id', '=', componentId).executeTakeFirst(),
    db.selectFrom('proposal_support').select((eb) => eb.fn.countAll().as('n')).where('proposal_id', 'in', proposals).executeTakeFirst(),
    db.selectFrom('comment').select((eb) => eb.fn.countAll().as('n')).where('resource_type', '=', 'proposal').where('resource_id', 'in', proposals).executeTakeFirst(),
  ]);
  return [
    { key: 'proposals.held.proposals', count: Number(created?.n ?? 0) },
    { key: 'proposals.held.supports', count: Number(supports?.n ?? 0) },
    { key: 'proposals.held.comments', count: Number(comments?.n ?? 0) },
  ];
}
