import { slugify } from '../../platform/slug.ts';

// Path segments the module's own pages use: an organisation may never take them as its slug.
const reservedSlugs = new Set(['new', 'invitations']);

/** Turns a name into a URL-safe base slug: "Les Amis du Café" → "les-amis-du-cafe". */
export function slugFromName(name: string): string {
  return slugify(name) || 'organisation';
}

/** The base slug if it is free, else the first free "base-2", "base-3"... */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const free = (slug: string) => !used.has(slug) && !reservedSlugs.has(slug);
  if (free(base)) return base;
  for (let n = 2; ; n += 1) if (free(`${base}-${n}`)) return `${base}-${n}`;
}
