// When `cocity serve` runs several worker processes (node:cluster), what one of them keeps in memory
// must be told about changes the others make; the primary process passes such news on.
import cluster from 'node:cluster';

/** A piece of news a worker sends to its primary, which forwards it to every other worker. */
export interface SiblingNews {
  cocity: 'news';
  topic: string;
}

/** True for a message that is news between workers. */
export function isSiblingNews(message: unknown): message is SiblingNews {
  return typeof message === 'object' && message !== null && (message as SiblingNews).cocity === 'news' && typeof (message as SiblingNews).topic === 'string';
}

// Made on first use rather than when this file is evaluated: in the bundle a module that registers a listener as it
// loads may be evaluated before this one (an import cycle elsewhere), and must neither fail nor have its listener reset.
let registry: { listeners: Map<string, (() => void)[]>; listening: boolean } | undefined;

/** Tells the other worker processes that `topic` changed (nothing to do when the server is one process). */
export function tellSiblingWorkers(topic: string): void {
  if (!cluster.isWorker || !process.connected) return;
  // A channel closing during shutdown is not an error worth reporting: that worker is going away anyway.
  process.send!({ cocity: 'news', topic } satisfies SiblingNews, undefined, {}, () => undefined);
}

/** Runs `listener` each time another worker tells `topic`. */
export function onSiblingNews(topic: string, listener: () => void): void {
  const state = (registry ??= { listeners: new Map(), listening: false });
  state.listeners.set(topic, [...(state.listeners.get(topic) ?? []), listener]);
  if (state.listening || !cluster.isWorker) return;
  state.listening = true;
  process.on('message', (message) => {
    if (isSiblingNews(message)) for (const run of state.listeners.get(message.topic) ?? []) run();
  });
}
