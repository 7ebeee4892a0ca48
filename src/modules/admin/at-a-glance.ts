import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { listOpenBudgetVotes, type OpenBudgetVote } from '../budgets/index.ts';

const DAY_MS = 86_400_000;

/** A proposal still waiting for the city's answer, and for how many whole days. */
export interface WaitingProposal {
  id: string;
  title: string;
  days: number;
}

/** The figures of the admin home, each with the page where the work is done. */
export interface AtAGlance {
  /** People who proposed, supported or commented since the first of the month (ballots carry no date, by design). */
  participantsThisMonth: number;
  waiting: { count: number; medianDays: number | null; longest: WaitingProposal[] };
  /** Flagged contributions a moderator has not looked at yet. */
  moderationQueue: number;
  openVotes: OpenBudgetVote[];
  /** People with a confirmed account: what a vote's turnout is measured against. */
  confirmedAccounts: number;
  overdueReviews: number;
}

const wholeDays = (from: string, now: Date) => Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / DAY_MS));

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

async function participantsSince(db: Kysely<Database>, since: string): Promise<number> {
  const [authors, supporters, commenters] = await Promise.all([
    db.selectFrom('proposal').select('author_user_id as id').distinct().where('created_at', '>=', since).where('author_user_id', 'is not', null).execute(),
    db.selectFrom('proposal_support').select('user_id as id').distinct().where('created_at', '>=', since).execute(),
    db.selectFrom('comment').select('author_user_id as id').distinct().where('created_at', '>=', since).execute(),
  ]);
  return new Set([...authors, ...supporters, ...commenters].map((r) => r.id)).size;
}

async function waitingProposals(db: Kysely<Database>, now: Date): Promise<AtAGlance['waiting']> {
  const rows = await db
    .selectFrom('proposal')
    .innerJoin('process', 'process.id', 'proposal.process_id')
    .select(['proposal.id', 'proposal.title', 'proposal.created_at'])
    .where('proposal.answer_status', 'is', null)
    .where('proposal.withdrawn_at', 'is', null)
    .where('proposal.hidden_at', 'is', null)
    .where('process.published', '=', 1)
    .orderBy('proposal.created_at')
    .execute();
  const waiting = rows.map((r) => ({ id: r.id, title: r.title, days: wholeDays(r.created_at, now) }));
  return { count: waiting.length, medianDays: median(waiting.map((w) => w.days)), longest: waiting.slice(0, 5) };
}

/** Computes the admin home's figures: a handful of counting queries, whatever the size of the city. */
export async function loadAtAGlance(db: Kysely<Database>, now = new Date()): Promise<AtAGlance> {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  const today = now.toISOString().slice(0, 10);
  const overdue = (table: 'register_sensor' | 'register_algorithm') =>
    db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('review_on', '<', today).where('status', '!=', 'retired').executeTakeFirstOrThrow();
  const [participantsThisMonth, waiting, queue, openVotes, accounts, sensors, algorithms] = await Promise.all([
    participantsSince(db, monthStart),
    waitingProposals(db, now),
    db.selectFrom('moderation_flag').select(['resource_type', 'resource_id']).distinct().where('resolved_at', 'is', null).execute(),
    listOpenBudgetVotes(db),
    // SQLite stores the flag as 1, PostgreSQL as a boolean: the literal TRUE reads right in both.
    db.selectFrom('user').select((eb) => eb.fn.countAll().as('n')).where(sql<boolean>`${sql.ref('emailVerified')} = true`).where('deletedAt', 'is', null).executeTakeFirstOrThrow(),
    overdue('register_sensor'),
    overdue('register_algorithm'),
  ]);
  return {
    participantsThisMonth,
    waiting,
    moderationQueue: queue.length,
    openVotes,
    confirmedAccounts: Number(accounts.n),
    overdueReviews: Number(sensors.n) + Number(algorithms.n),
  };
}
