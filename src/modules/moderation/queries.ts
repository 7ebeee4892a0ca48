import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { findModeratable, type ModeratedResource, type ResourceDeps } from './registry.ts';

/** One flagged resource waiting for a moderator. */
export interface QueueItem {
  type: string;
  id: string;
  openFlags: number;
  firstFlaggedAt: string;
  reasons: { reason: string; text: string }[];
  resource: ModeratedResource | null;
  authorName: string | null;
}

/** The resources with open flags, most flagged first (flaggers are not shown, even to moderators). */
export async function listQueue(deps: ResourceDeps, moderator: CurrentUser, limit = 50): Promise<QueueItem[]> {
  const { db } = deps;
  const groups = await db
    .selectFrom('moderation_flag')
    .select((eb) => ['resource_type', 'resource_id', eb.fn.countAll<number>().as('n'), eb.fn.min('created_at').as('first')])
    .where('resolved_at', 'is', null)
    .groupBy(['resource_type', 'resource_id'])
    .orderBy('n', 'desc')
    .orderBy('first')
    .limit(limit)
    .execute();
  if (groups.length === 0) return [];
  const flags = await db
    .selectFrom('moderation_flag')
    .select(['resource_type', 'resource_id', 'reason', 'text'])
    .where('resolved_at', 'is', null)
    .where('resource_id', 'in', groups.map((g) => g.resource_id))
    .orderBy('created_at')
    .execute();
  // Resources belong to other modules and are loaded through their definitions; the queue is capped at `limit`.
  const resources = await Promise.all(groups.map((g) => findModeratable(deps.modules, g.resource_type)?.load(deps, g.resource_id, moderator) ?? Promise.resolve(null)));
  const authorIds = [...new Set(resources.map((r) => r?.authorUserId).filter((v): v is string => Boolean(v)))];
  const authors = authorIds.length ? await db.selectFrom('user').select(['id', 'name', 'deletedAt']).where('id', 'in', authorIds).execute() : [];
  return groups.map((g, i) => {
    const author = authors.find((a) => a.id === resources[i]?.authorUserId);
    return {
      type: g.resource_type,
      id: g.resource_id,
      openFlags: Number(g.n),
      firstFlaggedAt: String(g.first),
      reasons: flags.filter((f) => f.resource_type === g.resource_type && f.resource_id === g.resource_id).map((f) => ({ reason: f.reason, text: f.text })),
      resource: resources[i] ?? null,
      authorName: author ? (author.deletedAt ? null : author.name) : null,
    };
  });
}

/** A resource hidden now whose reports are closed: moderators may still restore it. */
export interface HiddenItem {
  type: string;
  id: string;
  hiddenAt: string;
  publicReason: string | null;
  resource: ModeratedResource;
}

/** The latest hidden resources that are no longer in the queue (no open reports), newest first. */
export async function listRecentlyHidden(deps: ResourceDeps, moderator: CurrentUser, limit = 30): Promise<HiddenItem[]> {
  const { db } = deps;
  const actions = await db
    .selectFrom('moderation_action')
    .select(['resource_type', 'resource_id', 'action', 'public_reason', 'created_at'])
    .orderBy('created_at', 'desc')
    .limit(limit * 4)
    .execute();
  const latest = new Map<string, (typeof actions)[number]>();
  for (const a of actions) if (!latest.has(`${a.resource_type}:${a.resource_id}`)) latest.set(`${a.resource_type}:${a.resource_id}`, a);
  const hiddenActions = [...latest.values()].filter((a) => a.action === 'hide' || a.action === 'auto_hide').slice(0, limit);
  if (hiddenActions.length === 0) return [];
  const flagged = await db
    .selectFrom('moderation_flag')
    .select(['resource_type', 'resource_id'])
    .where('resolved_at', 'is', null)
    .where('resource_id', 'in', hiddenActions.map((a) => a.resource_id))
    .execute();
  const inQueue = new Set(flagged.map((f) => `${f.resource_type}:${f.resource_id}`));
  const candidates = hiddenActions.filter((a) => !inQueue.has(`${a.resource_type}:${a.resource_id}`));
  // Loaded through their owners' definitions (bounded by `limit`): only they know whether it is still hidden.
  const resources = await Promise.all(candidates.map((a) => findModeratable(deps.modules, a.resource_type)?.load(deps, a.resource_id, moderator) ?? Promise.resolve(null)));
  return candidates.flatMap((a, i) => {
    const resource = resources[i];
    return resource?.hidden ? [{ type: a.resource_type, id: a.resource_id, hiddenAt: a.created_at, publicReason: a.public_reason, resource }] : [];
  });
}

/** The blocks running now, soonest end first. */
export async function listActiveBlocks(db: Kysely<Database>, now = new Date()) {
  return db
    .selectFrom('user_block')
    .innerJoin('user', 'user.id', 'user_block.user_id')
    .select(['user_block.id', 'user_block.user_id', 'user.name', 'user_block.until', 'user_block.reason'])
    .where('user_block.lifted_at', 'is', null)
    .where('user_block.until', '>', now.toISOString())
    .orderBy('user_block.until')
    .execute();
}

/** One line of a process's public moderation log: what, when, why (never who flagged or who moderated). */
export interface PublicLogEntry {
  resourceType: string;
  title: string;
  action: string;
  publicReason: string | null;
  createdAt: string;
}

/** The public moderation log of a process, newest first. */
export async function listPublicLog(db: Kysely<Database>, processId: string, limit = 200): Promise<PublicLogEntry[]> {
  const rows = await db
    .selectFrom('moderation_action')
    .select(['resource_type', 'resource_title', 'action', 'public_reason', 'created_at'])
    .where('process_id', '=', processId)
    .where('action', 'in', ['hide', 'auto_hide', 'restore'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ resourceType: r.resource_type, title: r.resource_title, action: r.action, publicReason: r.public_reason, createdAt: r.created_at }));
}

/** A published process by its address, or undefined. */
export async function findPublishedProcess(db: Kysely<Database>, slug: string) {
  return db.selectFrom('process').select(['id', 'slug', 'title_fr', 'title_en']).where('slug', '=', slug).where('published', '=', 1).executeTakeFirst();
}
