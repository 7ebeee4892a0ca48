import type { Kysely, Selectable } from 'kysely';
import type { Database, OpinionMapTable, OpinionStatementTable } from '../../db/schema.ts';

export type OpinionMapRow = Selectable<OpinionMapTable>;
export type StatementRow = Selectable<OpinionStatementTable>;

/** A map's setup as stored, or the defaults a freshly added component starts with. */
export function defaultMap(componentId: string): OpinionMapRow {
  return {
    component_id: componentId,
    question_fr: '',
    question_en: '',
    context_fr: '',
    context_en: '',
    moderation: 'post',
    max_length: 140,
    participation: 'account',
    host_organisation_id: null,
    updated_at: new Date(0).toISOString(),
  };
}

/** The stored setup of a map, or undefined when nobody has set it up yet. */
export async function findMap(db: Kysely<Database>, componentId: string): Promise<OpinionMapRow | undefined> {
  return db.selectFrom('opinion_map').selectAll().where('component_id', '=', componentId).executeTakeFirst();
}

/** Creates the map row with defaults if it is missing (safe when two requests race). */
export async function ensureMap(db: Kysely<Database>, componentId: string): Promise<OpinionMapRow> {
  await db.insertInto('opinion_map').values(defaultMap(componentId)).onConflict((oc) => oc.column('component_id').doNothing()).execute();
  return (await findMap(db, componentId)) as OpinionMapRow;
}

/** Every statement of a map in writing order (hidden and pending ones too). */
export async function listStatements(db: Kysely<Database>, mapId: string): Promise<StatementRow[]> {
  return db.selectFrom('opinion_statement').selectAll().where('map_id', '=', mapId).orderBy('number').execute();
}

/** Agree, disagree and seen counts per statement (passes count as seen). */
export async function statementVoteCounts(db: Kysely<Database>, mapId: string): Promise<Map<string, { agree: number; disagree: number; seen: number }>> {
  const rows = await db
    .selectFrom('opinion_vote')
    .select((eb) => [
      'statement_id',
      eb.fn.countAll().as('seen'),
      eb.fn.sum(eb.case().when('vote', '=', 1).then(1).else(0).end()).as('agree'),
      eb.fn.sum(eb.case().when('vote', '=', -1).then(1).else(0).end()).as('disagree'),
    ])
    .where('map_id', '=', mapId)
    .groupBy('statement_id')
    .execute();
  return new Map(rows.map((r) => [r.statement_id, { agree: Number(r.agree), disagree: Number(r.disagree), seen: Number(r.seen) }]));
}

/** Statement ids a participant has voted on. */
export async function votedStatementIds(db: Kysely<Database>, participantId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('opinion_vote').select('statement_id').where('participant_id', '=', participantId).execute();
  return new Set(rows.map((r) => r.statement_id));
}

/** Every vote of a map (the latest per participant and statement, as stored). */
export async function listVotes(db: Kysely<Database>, mapId: string) {
  return db.selectFrom('opinion_vote').select(['participant_id', 'statement_id', 'vote', 'voted_at']).where('map_id', '=', mapId).orderBy('voted_at').execute();
}

/** Participants in the order they joined: their position is their public anonymous number. */
export async function listParticipants(db: Kysely<Database>, mapId: string) {
  return db.selectFrom('opinion_participant').select(['id', 'created_at']).where('map_id', '=', mapId).orderBy('created_at').orderBy('id').execute();
}

/** How many votes a map holds and when the latest was cast: what tells cached results they are stale. */
export async function voteFingerprint(db: Kysely<Database>, mapId: string): Promise<{ count: number; latest: string }> {
  const row = await db
    .selectFrom('opinion_vote')
    .select((eb) => [eb.fn.countAll().as('count'), eb.fn.max('voted_at').as('latest')])
    .where('map_id', '=', mapId)
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), latest: String(row?.latest ?? '') };
}

/** The role a person holds in an organisation (owner, admin, member), or undefined. */
export async function organisationRole(db: Kysely<Database>, organisationId: string, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('organisation_member').select('role').where('organisation_id', '=', organisationId).where('user_id', '=', userId).executeTakeFirst();
  return row?.role;
}

/** Organisations a city admin may record as host, by name. */
export async function listOrganisations(db: Kysely<Database>) {
  return db.selectFrom('organisation').select(['id', 'name']).orderBy('name').execute();
}

