import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The meeting a proposal was born in, for the "from the meeting of …" line on its page (null for most). */
export async function meetingOrigin(db: Kysely<Database>, proposalId: string): Promise<{ id: string; title_fr: string; title_en: string; starts_at: string; time_zone: string } | null> {
  const row = await db
    .selectFrom('proposal')
    .innerJoin('meeting', 'meeting.id', 'proposal.meeting_id')
    .innerJoin('component', 'component.id', 'meeting.component_id')
    .select(['meeting.id', 'meeting.title_fr', 'meeting.title_en', 'meeting.starts_at', 'meeting.time_zone'])
    .where('proposal.id', '=', proposalId)
    .where('component.published', '=', 1)
    .executeTakeFirst();
  return row ?? null;
}
