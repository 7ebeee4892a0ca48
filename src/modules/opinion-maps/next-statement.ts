import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { pickNextStatement, statementPriority } from '../../engines/opinion/index.ts';
import { statementVoteCounts, type StatementRow } from './queries.ts';
import { storedState } from './results.ts';

/**
 * Priorities of the visible statements from vote totals (one grouped query) and the extremity kept in
 * the last analysis's state. The engine's statementPriorities needs the whole vote matrix; this wraps
 * its per-statement formula so showing the next statement does not load every vote. A statement the
 * last analysis did not know (or nobody saw) gets at least the highest priority so it is shown soon.
 */
export async function visiblePriorities(db: Kysely<Database>, mapId: string, visible: StatementRow[]): Promise<Float64Array> {
  const [counts, state] = await Promise.all([statementVoteCounts(db, mapId), storedState(db, mapId)]);
  const extremity = new Map<string, number>();
  state?.statementIds.forEach((id, s) => extremity.set(id, state.extremity[s]));
  const priorities = new Float64Array(visible.length);
  const fresh: number[] = [];
  let highest = 0;
  visible.forEach((statement, s) => {
    const c = counts.get(statement.id) ?? { agree: 0, disagree: 0, seen: 0 };
    const e = extremity.get(statement.id);
    if (c.seen === 0 || e === undefined) fresh.push(s);
    priorities[s] = statementPriority(c.agree, c.disagree, c.seen, e ?? 0);
    highest = Math.max(highest, priorities[s]);
  });
  for (const s of fresh) priorities[s] = Math.max(priorities[s], highest);
  return priorities;
}

/** The statement to show a participant next (drawn by priority among those they have not voted on), or null. */
export async function nextStatementFor(db: Kysely<Database>, mapId: string, visible: StatementRow[], voted: ReadonlySet<string>, random: () => number = Math.random): Promise<StatementRow | null> {
  if (visible.every((s) => voted.has(s.id))) return null;
  const priorities = await visiblePriorities(db, mapId, visible);
  const id = pickNextStatement(visible.map((s) => s.id), priorities, voted, random);
  return visible.find((s) => s.id === id) ?? visible.find((s) => !voted.has(s.id)) ?? null;
}
