import { cappedCounter, NO_NEIGHBOURHOOD, yearBounds, type ParticipationSource } from '../participation/index.ts';

/**
 * Proposals and supports for the equity-of-participation page: proposals made in the year (not those
 * hidden by moderators) and supports given in it, each counted in the neighbourhood of the proposal.
 */
export const proposalYearlyParticipation: ParticipationSource = {
  name: 'proposals',
  async collect(db, { year, capPerPerson }) {
    const { from, to } = yearBounds(year);
    const [proposals, supports] = await Promise.all([
      db
        .selectFrom('proposal')
        .leftJoin('neighbourhood', 'neighbourhood.id', 'proposal.neighbourhood_id')
        .select(['proposal.author_user_id', 'proposal.author_org_id', 'neighbourhood.slug'])
        .where('proposal.created_at', '>=', from)
        .where('proposal.created_at', '<', to)
        .where('proposal.hidden_at', 'is', null)
        .execute(),
      db
        .selectFrom('proposal_support')
        .innerJoin('proposal', 'proposal.id', 'proposal_support.proposal_id')
        .leftJoin('neighbourhood', 'neighbourhood.id', 'proposal.neighbourhood_id')
        .select(['proposal_support.user_id', 'neighbourhood.slug'])
        .where('proposal_support.created_at', '>=', from)
        .where('proposal_support.created_at', '<', to)
        .execute(),
    ]);
    const proposed = cappedCounter(capPerPerson);
    for (const p of proposals) proposed.add(p.slug ?? NO_NEIGHBOURHOOD, p.author_user_id ?? p.author_org_id);
    const supported = cappedCounter(capPerPerson);
    for (const s of supports) supported.add(s.slug ?? NO_NEIGHBOURHOOD, s.user_id);
    const sensitivity = capPerPerson ?? 1;
    return {
      figures: [
        { figure: 'proposals', perArea: proposed.perArea, sensitivity },
        { figure: 'supports', perArea: supported.perArea, sensitivity },
      ],
      accounts: [...proposals.flatMap((p) => (p.author_user_id ? [p.author_user_id] : [])), ...supports.map((s) => s.user_id)],
      pseudonyms: [],
    };
  },
};
