import type { Kysely } from 'kysely';
import { personVoterKey } from '../verification/index.ts';

/**
 * 038_budget_voter_keys: every key a voter is known by, unique per budget (see tables.ts), so one
 * person casts one ballot across paper and online even when both arrive at the same moment. Filled
 * from the register: each voter's own key, the person key of a verified account, and the account key
 * of a help-desk voter by identity whose verified account is known.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_voter_key')
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budget.id').onDelete('cascade'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('budget_voter_key_pk', ['budget_id', 'voter_key'])
    .execute();
  const rows = await registerKeys(db);
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('budget_voter_key').values(rows.slice(i, i + 500)).onConflict((oc) => oc.columns(['budget_id', 'voter_key']).doNothing()).execute();
  }
}

async function registerKeys(db: Kysely<any>): Promise<{ budget_id: string; voter_key: string }[]> {
  const voters: { budget_id: string; voter_key: string }[] = await db.selectFrom('budget_voter').select(['budget_id', 'voter_key']).execute();
  // The verification module's register exists when that module is installed (it is in the app).
  const hasRegister = (await db.introspection.getTables()).some((t) => t.name === 'identity_verification');
  const verified: { user_id: string | null; person_hmac: string }[] = hasRegister ? await db.selectFrom('identity_verification').select(['user_id', 'person_hmac']).execute() : [];
  const aliases = new Map<string, string>();
  for (const v of verified) {
    if (!v.user_id) continue;
    const person = personVoterKey(v.person_hmac);
    aliases.set(`user:${v.user_id}`, person);
    aliases.set(person, `user:${v.user_id}`);
  }
  return voters.flatMap((v) => {
    const alias = aliases.get(v.voter_key);
    return alias ? [v, { budget_id: v.budget_id, voter_key: alias }] : [v];
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('budget_voter_key').execute();
}
