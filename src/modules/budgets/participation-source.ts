import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { cappedCounter, NO_NEIGHBOURHOOD, type ParticipationSource } from '../participation/index.ts';
import { accountVoterKey } from './secrecy.ts';

// What an account's voter key begins with (a help-desk voter's begins otherwise).
const ACCOUNT_PREFIX = accountVoterKey('');

// Where each resident who declared it lives: user id → neighbourhood slug (declared when voting).
async function declaredNeighbourhoods(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('resident_neighbourhood').innerJoin('neighbourhood', 'neighbourhood.id', 'resident_neighbourhood.neighbourhood_id').select(['resident_neighbourhood.user_id', 'neighbourhood.slug']).execute();
  return new Map(rows.map((r) => [r.user_id, r.slug]));
}

/**
 * Ballots for the equity-of-participation page, counted in the neighbourhood the voter declared (and
 * every declared neighbourhood, which is where the page counts each participant). The
 * register of voters keeps no date (ballot secrecy), so a ballot belongs to the year its process's
 * last phase ends.
 */
export const ballotYearlyParticipation: ParticipationSource = {
  name: 'budgets',
  async collect(db, { year, capPerPerson }) {
    const [ends, voters, declared] = await Promise.all([
      db.selectFrom('phase').select(['process_id', (eb) => eb.fn.max('ends_on').as('last')]).groupBy('process_id').execute(),
      db.selectFrom('budget_voter').innerJoin('budget', 'budget.id', 'budget_voter.budget_id').innerJoin('component', 'component.id', 'budget.component_id').select(['budget_voter.voter_key', 'component.process_id']).execute(),
      declaredNeighbourhoods(db),
    ]);
    const endYear = new Map(ends.map((e) => [e.process_id, String(e.last).slice(0, 4)]));
    const ballots = cappedCounter(capPerPerson);
    const accounts: string[] = [];
    for (const v of voters) {
      if (endYear.get(v.process_id) !== year) continue;
      const userId = v.voter_key.startsWith(ACCOUNT_PREFIX) ? v.voter_key.slice(ACCOUNT_PREFIX.length) : null;
      if (userId) accounts.push(userId);
      ballots.add((userId && declared.get(userId)) || NO_NEIGHBOURHOOD, v.voter_key);
    }
    return { figures: [{ figure: 'ballots', perArea: ballots.perArea, sensitivity: capPerPerson ?? 1 }], accounts, pseudonyms: [], residences: declared };
  },
};
