import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export const PAGE_SIZE = 50;

/** People matching a search (name or email), newest first, without deleted accounts. */
export async function listPeople(db: Kysely<Database>, search: string, offset: number) {
  let query = db.selectFrom('user').where('deletedAt', 'is', null);
  if (search) {
    const like = `%${search.toLowerCase()}%`;
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb(eb.fn('lower', ['email']), 'like', like)]));
  }
  const [rows, total] = await Promise.all([
    query.select(['id', 'name', 'email', 'emailVerified', 'role']).orderBy('createdAt', 'desc').orderBy('id').limit(PAGE_SIZE).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Audit entries before a date, newest first, with the actor's and organisation's names (one query). */
export async function listAudit(db: Kysely<Database>, before: string | null) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('user', 'user.id', 'audit_log.actor_user_id')
    .leftJoin('organisation', 'organisation.id', 'audit_log.on_behalf_of_org_id')
    .select(['audit_log.id', 'audit_log.action', 'audit_log.target_type', 'audit_log.target_id', 'audit_log.details', 'audit_log.created_at', 'audit_log.actor_user_id', 'user.name as actor_name', 'user.deletedAt as actor_deleted', 'organisation.name as org_name']);
  if (before) query = query.where('audit_log.created_at', '<', before);
  return query.orderBy('audit_log.created_at', 'desc').orderBy('audit_log.id', 'desc').limit(PAGE_SIZE).execute();
}

/** The newest mails kept in the outbox. */
export async function listOutbox(db: Kysely<Database>) {
  return db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(PAGE_SIZE).execute();
}

/** One neighbourhood by id. */
export function findNeighbourhood(db: Kysely<Database>, id: string) {
  return db.selectFrom('neighbourhood').selectAll().where('id', '=', id).executeTakeFirst();
}
