import type { Kysely } from 'kysely';

/**
 * A budget is counted in the background: one row per budget holds its latest count, queued by an
 * admin and run by a worker thread, with the progress the admin sees. The primary key is what keeps
 * two clicks from starting two counts; `attempt` is what keeps a count that was given up for dead
 * from writing over the one started after it; `resumes` is how often a server took the count up again
 * after it was interrupted (a stop or a crash), so a count that keeps stopping its server gives up.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_count')
    .addColumn('budget_id', 'text', (c) => c.primaryKey().references('budget.id').onDelete('cascade'))
    .addColumn('attempt', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('resumes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mes_runs', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('endowment', 'double precision')
    .addColumn('spent', 'double precision')
    .addColumn('error', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('heartbeat_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('budget_count').execute();
}
