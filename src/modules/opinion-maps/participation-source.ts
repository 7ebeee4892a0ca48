import { yearBounds, type ParticipationSource } from '../participation/index.ts';

/**
 * Opinion maps for the equity-of-participation page: the people who voted on a statement in the
 * year, accounts apart from pseudonyms (a map says nothing of where a participant lives).
 */
export const opinionMapYearlyParticipation: ParticipationSource = {
  name: 'opinion-maps',
  async collect(db, { year }) {
    const { from, to } = yearBounds(year);
    const rows = await db
      .selectFrom('opinion_vote')
      .innerJoin('opinion_participant', 'opinion_participant.id', 'opinion_vote.participant_id')
      .select(['opinion_participant.user_id', 'opinion_participant.browser_key'])
      .distinct()
      .where('opinion_vote.voted_at', '>=', from)
      .where('opinion_vote.voted_at', '<', to)
      .execute();
    return {
      figures: [],
      accounts: rows.flatMap((r) => (r.user_id ? [r.user_id] : [])),
      pseudonyms: rows.flatMap((r) => (r.browser_key ? [r.browser_key] : [])),
    };
  },
};
