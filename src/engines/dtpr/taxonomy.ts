import { parseFrontMatter, type FrontMatterValue } from './front-matter.ts';

export type DtprLocale = 'fr' | 'en';
export type Bilingual = Record<DtprLocale, string>;

/** One DTPR element (a term such as "Health" or "Retained {{duration}}") and the categories it belongs to. */
export interface DtprElement {
  id: string;
  categories: string[];
  name: Bilingual;
  description: Bilingual;
  /** For AI decision types: the level of autonomy it usually comes with. */
  contextTypeId: string | null;
}

/** A value of a category's context, e.g. one level of autonomy. */
export interface DtprContextValue {
  id: string;
  name: Bilingual;
  description: Bilingual;
}

/** One DTPR category (a question such as "Purpose" or "Retention"). */
export interface DtprCategory {
  id: string;
  name: Bilingual;
  description: Bilingual;
  prompt: Bilingual;
  context: { id: string; name: Bilingual; values: DtprContextValue[] } | null;
}

/** The whole vocabulary: categories, and elements by category. */
export interface DtprTaxonomy {
  categories: Map<string, DtprCategory>;
  /** Elements of a category in file-name order. */
  elementsOf(categoryId: string): DtprElement[];
  /** One element of a category, or undefined for an unknown term. */
  element(categoryId: string, elementId: string): DtprElement | undefined;
}

/** One taxonomy file as read from disk. */
export interface DtprFile {
  kind: 'element' | 'category';
  locale: DtprLocale;
  /** File name without `.md`, e.g. `purpose__health`; the same in both languages. */
  stem: string;
  text: string;
}

const str = (v: FrontMatterValue | undefined): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: FrontMatterValue | undefined): string[] => (Array.isArray(v) ? v.map((x) => str(x)).filter(Boolean) : typeof v === 'string' && v ? [v.trim()] : []);

/** Markdown links `[text](url)` become their text: the register shows plain words, no third-party links; runs of white space become one space, except the narrow no-break space French puts before « : ; ? ! ». */
export function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[^\S\u202F]+/g, ' ').trim();
}

const both = (fr: string, en: string): Bilingual => ({ fr: fr || en, en: en || fr });

function contextOf(fr: FrontMatterValue | undefined, en: FrontMatterValue | undefined): DtprCategory['context'] {
  if (!en || typeof en !== 'object' || Array.isArray(en)) return null;
  const frMap = fr && typeof fr === 'object' && !Array.isArray(fr) ? fr : {};
  const frValues = Array.isArray(frMap.values) ? frMap.values : [];
  const enValues = Array.isArray(en.values) ? en.values : [];
  const values = enValues.flatMap((v) => {
    if (typeof v !== 'object' || Array.isArray(v)) return [];
    const match = frValues.find((f) => typeof f === 'object' && !Array.isArray(f) && str(f.id) === str(v.id)) as Record<string, FrontMatterValue> | undefined;
    return [{ id: str(v.id), name: both(str(match?.name), str(v.name)), description: both(str(match?.description), str(v.description)) }];
  });
  return { id: str(en.id), name: both(str(frMap.name), str(en.name)), values };
}

/** Builds the vocabulary from the French and English files; a term missing in one language uses the other's wording. */
export function buildTaxonomy(files: DtprFile[]): DtprTaxonomy {
  const parsed = new Map<string, Partial<Record<DtprLocale, Record<string, FrontMatterValue>>>>();
  for (const f of files) {
    const key = `${f.kind}:${f.stem}`;
    const entry = parsed.get(key) ?? {};
    entry[f.locale] = parseFrontMatter(f.text);
    parsed.set(key, entry);
  }
  const categories = new Map<string, DtprCategory>();
  const byCategory = new Map<string, DtprElement[]>();
  for (const [key, { fr = {}, en = {} }] of [...parsed].sort(([a], [b]) => a.localeCompare(b))) {
    const id = str(en.id) || str(fr.id);
    if (!id) continue;
    if (key.startsWith('category:')) {
      categories.set(id, {
        id,
        name: both(str(fr.name), str(en.name)),
        description: both(str(fr.description), str(en.description)),
        prompt: both(str(fr.prompt), str(en.prompt)),
        context: contextOf(fr.context, en.context),
      });
      continue;
    }
    const element: DtprElement = {
      id,
      categories: list(en.category).length ? list(en.category) : list(fr.category),
      name: both(str(fr.name), str(en.name)),
      description: both(plainText(str(fr.description)), plainText(str(en.description))),
      contextTypeId: str(en.context_type_id) || str(fr.context_type_id) || null,
    };
    for (const c of element.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), element]);
  }
  return {
    categories,
    elementsOf: (categoryId) => byCategory.get(categoryId) ?? [],
    element: (categoryId, elementId) => byCategory.get(categoryId)?.find((e) => e.id === elementId),
  };
}

/** Fills the `{{duration}}` placeholder of an element's wording. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => values[name] ?? m).replace(/[^\S\u202F]+/g, ' ').trim();
}
