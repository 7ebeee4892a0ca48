import { onSiblingNews, tellSiblingWorkers } from '../../platform/sibling-workers.ts';

/**
 * A short-lived, per-process memory of list results (the count and the ids of a page), keyed by the
 * query. Writes made by this process clear it at once (the revision moves), and so do writes made by
 * the other worker processes of the same server (they send news); writes made by another instance
 * sharing the database show after at most TTL_MS. The list page also keeps its rendered cards that
 * long (comment counts in them may lag by as much).
 */
const TTL_MS = 3000;
const MAX_ENTRIES = 500;

let revision = 0;
const entries = new Map<string, { at: number; revision: number; total: number; ids: string[] }>();

const NEWS = 'proposals-changed';

function forgetLists(): void {
  revision += 1;
  entries.clear();
  fragments.clear();
}
onSiblingNews(NEWS, forgetLists);

/** Forgets every remembered list, here and in the server's other processes (call after any change to proposals: create, edit, support, answer, hide...). */
export function proposalsChanged(): void {
  forgetLists();
  tellSiblingWorkers(NEWS);
}

/** The remembered result for a key, if still fresh. */
export function cachedList(key: string, now = Date.now()): { total: number; ids: string[] } | undefined {
  const hit = entries.get(key);
  if (!hit || hit.revision !== revision || now - hit.at > TTL_MS) return undefined;
  return hit;
}

/** Remembers a result (the oldest entries go first when full). */
export function rememberList(key: string, value: { total: number; ids: string[] }, now = Date.now()): void {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { at: now, revision, ...value });
}

const fragments = new Map<string, { at: number; revision: number; html: string }>();

/** A remembered rendering of a list (same freshness rules as the results); cleared with them. */
export async function cachedFragment(key: string, render: () => Promise<string> | string, now = Date.now()): Promise<string> {
  const hit = fragments.get(key);
  if (hit && hit.revision === revision && now - hit.at <= TTL_MS) return hit.html;
  const html = await render();
  if (fragments.size >= MAX_ENTRIES) fragments.delete(fragments.keys().next().value!);
  fragments.set(key, { at: now, revision, html });
  return html;
}
