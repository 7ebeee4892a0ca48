import type { PageContext } from '../../../web/layout.tsx';

// Categories are typed by staff (or read from a Pabulib file) as free words, mostly French. The usual ones,
// in either language, get a label in the reader's language; any other word is shown as it was written.
const knownCategories: Record<string, string> = {
  mobilite: 'mobility', mobility: 'mobility', transports: 'mobility', transport: 'mobility',
  loisirs: 'leisure', leisure: 'leisure',
  nature: 'nature', 'espaces verts': 'nature', 'green spaces': 'nature',
  securite: 'safety', safety: 'safety',
  culture: 'culture',
  education: 'education',
  sante: 'health', health: 'health',
  sport: 'sport', sports: 'sport',
  solidarite: 'solidarity', solidarity: 'solidarity', social: 'solidarity',
  environnement: 'environment', environment: 'environment',
  jeunesse: 'youth', youth: 'youth',
  proprete: 'cleanliness', cleanliness: 'cleanliness',
  patrimoine: 'heritage', heritage: 'heritage',
  numerique: 'digital', digital: 'digital',
  economie: 'economy', economy: 'economy',
  urbanisme: 'planning', 'urban planning': 'planning',
};

const normalise = (word: string) => word.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase();

/** A project's category in the reader's language when it is one of the usual ones, else as written; '' when none. */
export function categoryLabel(ctx: Pick<PageContext, 't'>, category: string): string {
  const known = knownCategories[normalise(category)];
  return known ? ctx.t(`budgets.category.${known}`) : category.trim();
}
