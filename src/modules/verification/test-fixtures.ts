import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { updateSettingsRow } from './register.ts';

/** A census file for tests: a header, then `identifier,birth date,neighbourhood slug` rows. */
export const censusCsv = (rows: [string, string, string][]): string => ['identifier,birth_date,neighbourhood', ...rows.map((r) => r.join(','))].join('\n');

/** Switches methods on for a test (everything on unless told). */
export function enableMethods(db: Kysely<Database>, methods: { census?: boolean; letter?: boolean; desk?: boolean } = {}): Promise<void> {
  return updateSettingsRow(db, { census_enabled: methods.census === false ? 0 : 1, letter_enabled: methods.letter === false ? 0 : 1, desk_enabled: methods.desk === false ? 0 : 1 });
}

/** Sets what a component's action requires (as the settings form would store it). */
export async function requireForAction(db: Kysely<Database>, componentId: string, action: string, method: string, neighbourhood = false): Promise<void> {
  const row = await db.selectFrom('component').select('settings').where('id', '=', componentId).executeTakeFirstOrThrow();
  const settings = JSON.parse(row.settings) as Record<string, unknown>;
  settings.requirements = { ...(settings.requirements as object | undefined), [action]: { method, neighbourhood } };
  await db.updateTable('component').set({ settings: JSON.stringify(settings) }).where('id', '=', componentId).execute();
}
