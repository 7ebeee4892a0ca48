/** Row types of the budgets module's own tables (migration 038), added to the app's Database type. */

/**
 * Every key under which a voter of a budget is known: the account's (`user:<id>`) and, for a verified
 * person, the person's (`person:<hash>`). One row per key, unique per budget, written in the ballot's
 * transaction: a second ballot of the same person, on any channel, fails on this key. No ballot id,
 * no time, no channel: like `budget_voter`, it says who voted, never what.
 */
export interface BudgetVoterKeyTable {
  budget_id: string;
  voter_key: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    budget_voter_key: BudgetVoterKeyTable;
  }
}
