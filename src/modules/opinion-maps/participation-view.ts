import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { hostActor } from './host-service.ts';
import { currentIdentity } from './identity.ts';
import type { MapContext } from './map-context.ts';
import { nextStatementFor } from './next-statement.ts';
import { findParticipantId } from './participation.ts';
import { listStatements, votedStatementIds, type StatementRow } from './queries.ts';

// The engine clusters everyone with min(7, statements) votes; its index does not export that constant.
const PLACE_AFTER_VOTES = 7;

/** Everything the "take part" block shows to this visitor. */
export interface ParticipationData {
  map: MapContext;
  visibleCount: number;
  votedCount: number;
  next: StatementRow | null;
  /** Signed in, or the map accepts a pseudonym: the visitor can vote right away. */
  mayTakePart: boolean;
  /** Signed in, or already a participant of this map: a pseudonym is born by a first vote, before any statement. */
  mayWrite: boolean;
  isHost: boolean;
  /** Votes after which a participant is placed on the map. */
  placeAfter: number;
}

/** Loads what this visitor sees of a map: their progress and the next statement chosen by priority. */
export async function loadParticipation(c: Context<AppEnv>, map: MapContext): Promise<ParticipationData> {
  const { db } = c.var.deps;
  const statements = await listStatements(db, map.component.id);
  const visible = statements.filter((s) => s.status === 'visible');
  const identity = currentIdentity(c, map.map.participation);
  const participantId = await findParticipantId(db, map.component.id, identity);
  const voted = participantId ? await votedStatementIds(db, participantId) : new Set<string>();
  const votedVisible = visible.filter((s) => voted.has(s.id)).length;
  const next = map.open ? await nextStatementFor(db, map.component.id, visible, voted) : null;
  return {
    map,
    visibleCount: visible.length,
    votedCount: votedVisible,
    next,
    mayTakePart: identity !== null || map.map.participation === 'pseudonymous',
    mayWrite: identity?.kind === 'user' || participantId !== undefined,
    isHost: (await hostActor(db, c.var.user, map)) !== null,
    placeAfter: Math.max(1, Math.min(PLACE_AFTER_VOTES, visible.length)),
  };
}
