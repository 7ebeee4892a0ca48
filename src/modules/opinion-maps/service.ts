import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Identity } from './identity.ts';
import type { MapContext } from './map-context.ts';
import { normalizeStatement, participantIdFor } from './participation.ts';
import { ensureMap } from './queries.ts';

/** The outcome of a participant's action: done, or a catalog key per field saying why nothing was saved. */
export type ActionResult = { ok: true } | { ok: false; errors: Record<string, string> };

export const voteValues = { agree: 1, disagree: -1, pass: 0 } as const;
export type VoteChoice = keyof typeof voteValues;

// Rules shared by voting and writing: the phase must be open and the person must be allowed in.
function refusal(ctx: MapContext, identity: Identity | null): ActionResult | null {
  if (!ctx.open) return { ok: false, errors: { _form: 'opinion.errors.closed' } };
  if (!identity) return { ok: false, errors: { _form: 'opinion.errors.signIn' } };
  return null;
}

/** Records (or replaces) a participant's vote on a visible statement; the vote alone is written, results wait for their page. */
export async function castVote(db: Kysely<Database>, ctx: MapContext, identity: Identity | null, statementId: string, choice: VoteChoice): Promise<ActionResult> {
  const refused = refusal(ctx, identity);
  if (refused || !identity) return refused as ActionResult;
  const statement = await db
    .selectFrom('opinion_statement')
    .select(['id', 'status'])
    .where('id', '=', statementId.slice(0, 100))
    .where('map_id', '=', ctx.component.id)
    .executeTakeFirst();
  if (!statement || statement.status !== 'visible') return { ok: false, errors: { _form: 'opinion.errors.unknownStatement' } };
  await db.transaction().execute(async (trx) => {
    await ensureMap(trx, ctx.component.id);
    const participantId = await participantIdFor(trx, ctx.component.id, identity);
    const row = { map_id: ctx.component.id, participant_id: participantId, statement_id: statement.id, vote: voteValues[choice], voted_at: new Date().toISOString() };
    // As in Pol.is, a second vote on the same statement replaces the first.
    await trx
      .insertInto('opinion_vote')
      .values(row)
      .onConflict((oc) => oc.columns(['map_id', 'participant_id', 'statement_id']).doUpdateSet({ vote: row.vote, voted_at: row.voted_at }))
      .execute();
  });
  return { ok: true };
}

/** Adds a participant's statement: visible at once, or pending approval when the map is moderated before publication. */
export async function writeStatement(db: Kysely<Database>, ctx: MapContext, identity: Identity | null, text: string): Promise<ActionResult> {
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
    const authorId = from.identity ? await participantIdFor(trx, mapId, from.identity) : null;
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
