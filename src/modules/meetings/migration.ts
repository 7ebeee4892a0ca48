import type { Kysely } from 'kysely';

/**
 * 028_meetings: meetings of a process's meetings component, registrations (one per person and meeting,
 * a code unique per meeting), versioned minutes, and the optional link from a proposal to the meeting
 * it was born in. Everything goes with its component; a proposal outlives its meeting (link set null).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('title_fr', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('step_free', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('induction_loop', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sign_language', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('childcare', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('online_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('organiser_org_id', 'text', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('access', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer')
    .addColumn('attendance_total', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_component_start').on('meeting').columns(['component_id', 'starts_at']).execute();
  await db.schema.createIndex('meeting_start').on('meeting').column('starts_at').execute();
  await db.schema
    .createTable('meeting_registration')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('full_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('share_details', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('meeting_registration_person', ['meeting_id', 'user_id'])
    .addUniqueConstraint('meeting_registration_code', ['meeting_id', 'code'])
    .execute();
  await db.schema.createIndex('meeting_registration_queue').on('meeting_registration').columns(['meeting_id', 'status', 'queued_at']).execute();
  await db.schema.createIndex('meeting_registration_user').on('meeting_registration').column('user_id').execute();
  await db.schema
    .createTable('meeting_minutes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body_fr', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approved_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addUniqueConstraint('meeting_minutes_version', ['meeting_id', 'version'])
    .execute();
  await db.schema.alterTable('proposal').addColumn('meeting_id', 'text', (c) => c.references('meeting.id').onDelete('set null')).execute();
}

/** Undoes 028 (the proposal link column first, then the tables). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('proposal').dropColumn('meeting_id').execute();
  await db.schema.dropTable('meeting_minutes').execute();
  await db.schema.dropTable('meeting_registration').execute();
  await db.schema.dropTable('meeting').execute();
}
