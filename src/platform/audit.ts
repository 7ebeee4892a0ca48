import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Who did an admin or moderation action: a person, possibly acting for an organisation. */
export interface Actor {
  userId: string;
  organisationId?: string | null;
}

/** Appends an entry to the audit log (call it inside the action's transaction). */
export async function recordAudit(
  db: Kysely<Database>,
  actor: Actor | null,
  action: string,
  target: { type: string; id?: string | null },
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      actor_user_id: actor?.userId ?? null,
      on_behalf_of_org_id: actor?.organisationId ?? null,
      action,
      target_type: target.type,
      target_id: target.id ?? null,
      details: JSON.stringify(details),
      created_at: new Date().toISOString(),
    })
    .execute();
}

/**
 * The fields whose value changed, as `{ field: { before, after } }`, for an audit entry the admin log shows
 * as "field: before → after". Unchanged fields are left out.
 */
export function auditChanges<T extends Record<string, unknown>>(before: T, after: Partial<T>, fields: readonly (keyof T & string)[]): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (from !== to) changes[field] = { before: from, after: to };
  }
  return changes;
}
