import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/** A code read from a REFI-QDA file, nested. */
export interface ReadCode {
  guid: string;
  name: string;
  description: string;
  children: ReadCode[];
}

export interface ReadSelection {
  guid: string;
  start: number;
  end: number;
  codeGuids: string[];
  noteGuids: string[];
}

export interface ReadSource {
  guid: string;
  name: string;
  text: string;
  createdAt: string | null;
  selections: ReadSelection[];
  noteGuids: string[];
}

/** What a .qdpx (or .qdc) holds, as cocity reads it; `variables` maps each source to its case's variable values by variable name. */
export interface ReadProject {
  codes: ReadCode[];
  sources: ReadSource[];
  variables: Map<string, Record<string, string>>;
  caseNames: Map<string, string>;
  notes: Map<string, string>;
}

export class QdaReadError extends Error {}

const MAX_UNZIPPED = 50 * 1024 * 1024;
const repeated = new Set(['Code', 'User', 'Variable', 'Case', 'VariableValue', 'SourceRef', 'TextSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: (name) => repeated.has(name) });

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' && '#text' in v ? String((v as Node)['#text']) : '');

// Entity declarations are refused outright: nothing legitimate needs them, and they can explode in size.
function parseXml(xml: string, what: string): Node {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new QdaReadError(`${what}: document type declarations are not accepted`);
  try {
    return parser.parse(xml) as Node;
  } catch (err) {
    throw new QdaReadError(`${what}: not well-formed XML (${(err as Error).message})`);
  }
}

function readCodes(nodes: Node[]): ReadCode[] {
  return nodes.map((n) => ({ guid: String(n.guid ?? ''), name: String(n.name ?? '').trim(), description: text(n.Description).trim(), children: readCodes(list(n.Code)) }));
}

/** Reads a REFI-QDA Codebook (.qdc) document. */
export function readCodebook(xml: string): ReadCode[] {
  const root = parseXml(xml, 'codebook').CodeBook as Node | undefined;
  if (!root) throw new QdaReadError('codebook: the root element is not CodeBook');
  return readCodes(list((root.Codes as Node | undefined)?.Code));
}

/** Opens a .qdpx archive: project.qde and the sources it points to as internal://. */
export function readProjectArchive(bytes: Uint8Array): ReadProject {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNZIPPED) throw new QdaReadError(`the archive unpacks to more than ${MAX_UNZIPPED / 1024 / 1024} MB`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof QdaReadError) throw err;
    throw new QdaReadError('not a zip archive (.qdpx)');
  }
  const names = new Map(Object.keys(files).map((n) => [n.toLowerCase(), n]));
  const qde = names.get('project.qde');
  if (!qde) throw new QdaReadError('the archive has no project.qde');
  const project = parseXml(strFromU8(files[qde]), 'project.qde').Project as Node | undefined;
  if (!project) throw new QdaReadError('project.qde: the root element is not Project');
  const variableNames = new Map(list((project.Variables as Node | undefined)?.Variable).map((v) => [String(v.guid), String(v.name)]));
  const variables = new Map<string, Record<string, string>>();
  const caseNames = new Map<string, string>();
  for (const c of list((project.Cases as Node | undefined)?.Case)) {
    const values: Record<string, string> = {};
    for (const v of list(c.VariableValue)) {
      const name = variableNames.get(String((v.VariableRef as Node | undefined)?.targetGUID ?? ''));
      const value = ['TextValue', 'DateValue', 'IntegerValue', 'FloatValue', 'BooleanValue', 'DateTimeValue'].map((k) => v[k]).find((x) => x !== undefined);
      if (name) values[name] = text(value).trim();
    }
    for (const ref of list(c.SourceRef)) {
      variables.set(String(ref.targetGUID), values);
      if (c.name) caseNames.set(String(ref.targetGUID), String(c.name));
    }
  }
  const sources = list((project.Sources as Node | undefined)?.TextSource).map((s): ReadSource => {
    const guid = String(s.guid ?? '');
    let body = s.PlainTextContent !== undefined ? text(s.PlainTextContent) : null;
    const path = typeof s.plainTextPath === 'string' ? s.plainTextPath : '';
    if (body === null && path.startsWith('internal://')) {
      const file = names.get(`sources/${path.slice('internal://'.length)}`.toLowerCase());
      if (!file) throw new QdaReadError(`source "${s.name ?? guid}": ${path} is not in the archive`);
      body = strFromU8(files[file]);
    }
    if (body === null) throw new QdaReadError(`source "${s.name ?? guid}": no text (neither PlainTextContent nor an internal:// file)`);
    const selections = list(s.PlainTextSelection).map((sel) => ({
      guid: String(sel.guid ?? ''),
      start: Number(sel.startPosition),
      end: Number(sel.endPosition),
      codeGuids: list(sel.Coding).map((c) => String((c.CodeRef as Node | undefined)?.targetGUID ?? '')),
      noteGuids: list(sel.NoteRef).map((n) => String(n.targetGUID)),
    }));
    return { guid, name: String(s.name ?? ''), text: body, createdAt: typeof s.creationDateTime === 'string' ? s.creationDateTime : null, selections, noteGuids: list(s.NoteRef).map((n) => String(n.targetGUID)) };
  });
  const notes = new Map(list((project.Notes as Node | undefined)?.Note).map((n) => [String(n.guid), text(n.PlainTextContent)]));
  return { codes: readCodes(list(((project.CodeBook as Node | undefined)?.Codes as Node | undefined)?.Code)), sources, variables, caseNames, notes };
}
