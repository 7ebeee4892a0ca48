import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forUpdate } from '../../db/row-lock.ts';
import type { Tally } from '../../web/confirm.tsx';

/**
 * What people contributed to an opinion map: participants, the statements they wrote (the host's seed
 * statements are set-up, not participation) and their votes. With `lock` the map row is locked first:
 * every participant, statement and vote references it, so none can arrive before the removal ends.
 */
export async function opinionMapParticipation(db: Kysely<Database>, componentId: string, lock: boolean): Promise<Tally[]> {
  if (lock) await forUpdate(db, db.selectFrom('opinion_map').select('component_id').where('component_id', '=', componentId)).execute();
  const [participants, statements, votes] = await Promise.all([
    db.selectFrom('opinion_participant').select((eb) => eb.fn.countAll().as('n')).where('map_id', '=', componentId).executeTakeFirst(),
    db.selectFrom('opinion_statement').select((eb) => eb.fn.countAll().as('n')).where('map_id', '=', componentId).where('seed', '=', 0).executeTakeFirst(),
    db.selectFrom('opinion_vote').select((eb) => eb.fn.countAll().as('n')).where('map_id', '=', componentId).executeTakeFirst(),
  ]);
  return [
    { key: 'opinion.held.participants', count: Number(participants?.n ?? 0) },
    { key: 'opinion.held.statements', count: Number(statements?.n ?? 0) },
    { key: 'opinion.held.votes', count: Number(votes?.n ?? 0) },
  ];
}
