import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Identity } from './identity.ts';
import type { MapContext } from './map-context.ts';
import { findParticipantId, normalizeStatement, participantIdFor } from './participation.ts';
import { countPseudonymJoin, forgetPastNetworks, PSEUDONYMS_PER_NETWORK_PER_DAY, utcDay } from './pseudonym-origin.ts';
import { ensureMap } from './queries.ts';

/** The outcome of a participant's action: done, or a catalog key per field saying why nothing was saved (400 unless said). */
export type ActionResult = { ok: true } | { ok: false; errors: Record<string, string>; status?: 429 };

export const voteValues = { agree: 1, disagree: -1, pass: 0 } as const;
export type VoteChoice = keyof typeof voteValues;

// Rules shared by voting and writing: the phase must be open and the person must be allowed in.
function refusal(ctx: MapContext, identity: Identity | null): ActionResult | null {
  if (!ctx.open) return { ok: false, errors: { _form: 'opinion.errors.closed' } };
  if (!identity) return { ok: false, errors: { _form: 'opinion.errors.signIn' } };
  return null;
}

// Thrown inside the vote's transaction so that the participant row and the count roll back.
class NetworkCapReached extends Error {}

/**
 * Records (or replaces) a participant's vote on a visible statement; the vote alone is written, results
 * wait for their page. A pseudonymous participant is created here, by their first vote on the map, and
 * counted under `networkKey` (the keyed hash of their network today): past the daily cap, nothing is saved.
 */
export async function castVote(db: Kysely<Database>, ctx: MapContext, identity: Identity | null, statementId: string, choice: VoteChoice, networkKey: string, now = new Date()): Promise<ActionResult> {
  const refused = refusal(ctx, identity);
  if (refused || !identity) return refused as ActionResult;
  const statement = await db
    .selectFrom('opinion_statement')
    .select(['id', 'status'])
    .where('id', '=', statementId.slice(0, 100))
    .where('map_id', '=', ctx.component.id)
    .executeTakeFirst();
  if (!statement || statement.status !== 'visible') return { ok: false, errors: { _form: 'opinion.errors.unknownStatement' } };
  try {
    await db.transaction().execute(async (trx) => {
      await ensureMap(trx, ctx.component.id);
      const participant = await participantIdFor(trx, ctx.component.id, identity);
      if (participant.created && identity.kind === 'browser') {
        await forgetPastNetworks(trx, now);
        if ((await countPseudonymJoin(trx, ctx.component.id, networkKey, utcDay(now))) > PSEUDONYMS_PER_NETWORK_PER_DAY) throw new NetworkCapReached();
      }
      await saveVote(trx, ctx.component.id, participant.id, statement.id, choice, now);
    });
  } catch (error) {
    if (error instanceof NetworkCapReached) return { ok: false, status: 429, errors: { _form: 'opinion.errors.tooManyPseudonyms' } };
    throw error;
  }
  return { ok: true };
}

async function saveVote(trx: Kysely<Database>, mapId: string, participantId: string, statementId: string, choice: VoteChoice, now: Date): Promise<void> {
  const row = { map_id: mapId, participant_id: participantId, statement_id: statementId, vote: voteValues[choice], voted_at: now.toISOString() };
  // As in Pol.is, a second vote on the same statement replaces the first.
  await trx
    .insertInto('opinion_vote')
    .values(row)
    .onConflict((oc) => oc.columns(['map_id', 'participant_id', 'statement_id']).doUpdateSet({ vote: row.vote, voted_at: row.voted_at }))
    .execute();
}

/** Adds a participant's statement: visible at once, or pending approval when the map is moderated before publication. */
export async function writeStatement(db: Kysely<Database>, ctx: MapContext, identity: Identity | null, text: string): Promise<ActionResult> {
  // On a pseudonymous map a participant is born by voting (see castVote): a browser that has not voted here yet writes nothing.
  const voteFirst = { ok: false as const, errors: { _form: 'opinion.errors.voteFirst' } };
  if (ctx.open && ctx.map.participation === 'pseudonymous' && identity?.kind !== 'user' && !(await findParticipantId(db, ctx.component.id, identity))) return voteFirst;
  const refused = refusal(ctx, identity);
  if (refused || !identity) return refused as ActionResult;
  const status = ctx.map.moderation === 'pre' ? 'pending' : 'visible';
  return insertStatement(db, ctx.component.id, ctx.map.max_length, text, { identity, status, seed: false });
}

/** Inserts a statement after checking its length and that no statement says the same (shared with hosts' seed statements). */
export async function insertStatement(
  db: Kysely<Database>,
  mapId: string,
  maxLength: number,
  text: string,
  from: { identity: Identity | null; status: 'visible' | 'pending'; seed: boolean },
): Promise<ActionResult> {
  const body = text.replace(/\s+/g, ' ').trim();
  if (body === '') return { ok: false, errors: { body: 'form.required' } };
  if (body.length > maxLength) return { ok: false, errors: { body: 'opinion.errors.tooLong' } };
  const normalized = normalizeStatement(body);
  if (normalized === '') return { ok: false, errors: { body: 'form.required' } };
  const attempt = () => db.transaction().execute(async (trx): Promise<ActionResult> => {
    await ensureMap(trx, mapId);
    const same = await trx.selectFrom('opinion_statement').select('id').where('map_id', '=', mapId).where('normalized', '=', normalized).executeTakeFirst();
    if (same) return { ok: false, errors: { body: 'opinion.errors.duplicate' } };
    const authorId = from.identity ? (await participantIdFor(trx, mapId, from.identity)).id : null;
    const last = await trx.selectFrom('opinion_statement').select((eb) => eb.fn.max('number').as('n')).where('map_id', '=', mapId).executeTakeFirst();
    const number = last?.n === null || last?.n === undefined ? 0 : Number(last.n) + 1;
    await trx
      .insertInto('opinion_statement')
      .values({ id: randomUUID(), map_id: mapId, number, body, normalized, author_participant_id: authorId, seed: from.seed ? 1 : 0, status: from.status, created_at: new Date().toISOString() })
      .execute();
    return { ok: true };
  });
  try {
    return await attempt();
  } catch (error) {
    // Two statements written at the same instant can take the same number or text: the unique
    // constraints refuse one of them, and a second attempt reports a duplicate or takes the next number.
    return attempt().catch(() => {
      throw error;
    });
  }
}
