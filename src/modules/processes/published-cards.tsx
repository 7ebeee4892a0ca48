import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PageContext } from '../../web/layout.tsx';
import { todayIso } from './current-phase.ts';
import { listProcessSummaries, processesVersion } from './queries.ts';
import { ProcessCards } from './views/process-cards.tsx';

/** The cards of published processes as HTML, open ones and closed ones apart. */
export interface PublishedCards {
  openHtml: string;
  closedHtml: string;
  openCount: number;
  closedCount: number;
}

interface Entry {
  version: string;
  cards: PublishedCards;
}

// Per database (tests run several) and per language. The home page is the busiest page and its
// cards change only when a process or phase is written (which bumps the shared revision, so every
// app instance sees it), so they are rendered once per change.
const cache = new WeakMap<Kysely<Database>, Map<string, Entry>>();

/** The published processes' cards for a language, rendered again only when processes or the day changed. */
export async function publishedCards(db: Kysely<Database>, ctx: PageContext): Promise<PublishedCards> {
  // The day is part of the version because current phases follow the calendar.
  const version = `${await processesVersion(db)}|${todayIso()}`;
  let perLocale = cache.get(db);
  if (!perLocale) cache.set(db, (perLocale = new Map()));
  const hit = perLocale.get(ctx.locale);
  if (hit && hit.version === version) return hit.cards;
  const items = await listProcessSummaries(db, { publishedOnly: true });
  const open = items.filter((i) => !i.closed);
  const closed = items.filter((i) => i.closed);
  const cardsCtx: PageContext = { ...ctx, user: null, flash: null };
  const cards: PublishedCards = {
    openHtml: open.length ? String(<ProcessCards ctx={cardsCtx} items={open} />) : '',
    closedHtml: closed.length ? String(<ProcessCards ctx={cardsCtx} items={closed} />) : '',
    openCount: open.length,
    closedCount: closed.length,
  };
  perLocale.set(ctx.locale, { version, cards });
  return cards;
}
