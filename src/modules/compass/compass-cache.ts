import { onSiblingNews, tellSiblingWorkers } from '../../platform/sibling-workers.ts';

/**
 * A per-process memory of the compass's rendered figures (the chart and tables of one set of filters in
 * one language, and the API's answer). Placing 200 initiatives from 20,000 assessments takes far longer
 * than serving a copy, and under load each recomputation held every queued request behind it. Changes
 * made by any worker of this server clear it at once (sibling news); changes made by another instance
 * sharing the database show after at most TTL_MS.
 */
const TTL_MS = 60_000;
const NEWS = 'compass-changed';
const MAX_ENTRIES = 200;

let revision = 0;
const entries = new Map<string, { at: number; revision: number; value: unknown }>();
// Requests arriving while a value is being computed wait for that computation instead of starting their own.
const pending = new Map<string, { revision: number; promise: Promise<unknown> }>();

function forget(): void {
  revision += 1;
  entries.clear();
  pending.clear();
}
onSiblingNews(NEWS, forget);

/** Forgets everything remembered, here and in the server's other worker processes (call after any change to initiatives or assessments). */
export function compassChanged(): void {
  forget();
  tellSiblingWorkers(NEWS);
}

/** The remembered value for a key while fresh, otherwise computes and remembers it. */
export async function cachedCompass<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.revision === revision && now - hit.at <= TTL_MS) return hit.value as T;
  const running = pending.get(key);
  if (running && running.revision === revision) return running.promise as Promise<T>;
  const started = revision;
  const promise = compute();
  pending.set(key, { revision: started, promise });
  try {
    const value = await promise;
    // A change that happened while computing makes this value stale already: serve it, do not keep it.
    if (started === revision) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, { at: now, revision, value });
    }
    return value;
  } finally {
    if (pending.get(key)?.promise === promise) pending.delete(key);
  }
}
