import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Tally } from '../../web/confirm.tsx';

/**
 * What people contributed to a survey: the people who answered (the register, anonymous answers
 * included) and the answers being written (drafts). A survey holding any cannot be removed, only
 * unpublished or closed. The processes module locks the component row first; every draft, response
 * and register row references it, so none can arrive before a removal ends.
 */
export async function surveyContributions(db: Kysely<Database>, componentId: string): Promise<Tally[]> {
  const [respondents, drafts] = await Promise.all([
    db.selectFrom('survey_respondent').select((eb) => eb.fn.countAll().as('n')).where('component_id', '=', componentId).executeTakeFirst(),
    db.selectFrom('survey_draft').select((eb) => eb.fn.countAll().as('n')).where('component_id', '=', componentId).executeTakeFirst(),
  ]);
  return [
    { key: 'surveys.held.respondents', count: Number(respondents?.n ?? 0) },
    { key: 'surveys.held.drafts', count: Number(drafts?.n ?? 0) },
  ];
}
