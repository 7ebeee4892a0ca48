/** The DTPR taxonomy as pure data: front matter reading and the bilingual vocabulary built from it. */
export { parseFrontMatter, parseYamlSubset, type FrontMatterValue } from './front-matter.ts';
export { buildTaxonomy, fillPlaceholders, plainText, type Bilingual, type DtprCategory, type DtprContextValue, type DtprElement, type DtprFile, type DtprLocale, type DtprTaxonomy } from './taxonomy.ts';
