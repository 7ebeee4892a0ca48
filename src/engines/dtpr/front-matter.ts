/**
 * A small reader for the YAML front matter of the DTPR taxonomy files: nested maps, lists of
 * scalars or maps, plain / single-quoted / double-quoted scalars (also folded over several
 * lines) and `>`/`|` block scalars. It is not a general YAML parser: anchors, flow collections
 * and tags are not used by the taxonomy and are read as plain text.
 */
export type FrontMatterValue = string | FrontMatterValue[] | { [key: string]: FrontMatterValue };

interface Line {
  indent: number;
  text: string;
}

/** Returns the front matter block (between the first two `---` lines) of a Markdown file, parsed. */
export function parseFrontMatter(markdown: string): Record<string, FrontMatterValue> {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return {};
  const end = lines.indexOf('---', 1);
  const block = lines.slice(1, end === -1 ? lines.length : end);
  return parseYamlSubset(block.join('\n')) as Record<string, FrontMatterValue>;
}

/** Parses the YAML subset described above into nested objects, arrays and strings. */
export function parseYamlSubset(text: string): FrontMatterValue {
  const lines: Line[] = text
    .split('\n')
    .map((raw) => ({ indent: raw.length - raw.trimStart().length, text: raw.trim() }));
  const reader = { lines, pos: 0 };
  return readNode(reader, 0) ?? {};
}

interface Reader {
  lines: Line[];
  pos: number;
}

function skipBlank(r: Reader): void {
  while (r.pos < r.lines.length && (r.lines[r.pos].text === '' || r.lines[r.pos].text.startsWith('#'))) r.pos += 1;
}

// Reads the block that starts at the next non-blank line, if it is indented at least `minIndent`.
function readNode(r: Reader, minIndent: number): FrontMatterValue | null {
  skipBlank(r);
  const first = r.lines[r.pos];
  if (!first || first.indent < minIndent) return null;
  return first.text.startsWith('- ') || first.text === '-' ? readList(r, first.indent) : readMap(r, first.indent);
}

function readList(r: Reader, indent: number): FrontMatterValue[] {
  const items: FrontMatterValue[] = [];
  for (skipBlank(r); r.pos < r.lines.length; skipBlank(r)) {
    const line = r.lines[r.pos];
    if (line.indent !== indent || !(line.text.startsWith('- ') || line.text === '-')) break;
    const rest = line.text.slice(1).trimStart();
    if (rest === '') {
      r.pos += 1;
      items.push(readNode(r, indent + 1) ?? '');
    } else if (/^[\w-]+:(\s|$)/.test(rest) && !/^['"]/.test(rest)) {
      // "- key: value" starts a map whose keys sit two columns further in.
      r.lines[r.pos] = { indent: indent + 2, text: rest };
      items.push(readMap(r, indent + 2));
    } else {
      items.push(readScalar(r, rest, indent));
    }
  }
  return items;
}

function readMap(r: Reader, indent: number): Record<string, FrontMatterValue> {
  const map: Record<string, FrontMatterValue> = {};
  for (skipBlank(r); r.pos < r.lines.length; skipBlank(r)) {
    const line = r.lines[r.pos];
    if (line.indent !== indent) break;
    const match = /^([\w-]+):(?:\s+(.*))?$/.exec(line.text);
    if (!match) break;
    const [, key, rest = ''] = match;
    if (rest === '') {
      r.pos += 1;
      // A list may sit at the same indentation as its key.
      skipBlank(r);
      const next = r.lines[r.pos];
      const listHere = next && next.indent === indent && next.text.startsWith('-');
      map[key] = (listHere ? readList(r, indent) : readNode(r, indent + 1)) ?? '';
    } else {
      map[key] = readScalar(r, rest, indent);
    }
  }
  return map;
}

// Reads a scalar that starts on the current line (after its key or dash) and may go on below.
function readScalar(r: Reader, start: string, indent: number): string {
  r.pos += 1;
  if (/^[>|][+-]?$/.test(start)) return readBlockScalar(r, indent, start[0] === '>', start.endsWith('-'));
  const continuation: string[] = [];
  while (r.pos < r.lines.length && r.lines[r.pos].indent > indent && r.lines[r.pos].text !== '') {
    continuation.push(r.lines[r.pos].text);
    r.pos += 1;
  }
  const whole = [start, ...continuation].join(' ');
  if (whole.startsWith("'")) return whole.slice(1, whole.lastIndexOf("'") > 0 ? whole.lastIndexOf("'") : undefined).replace(/''/g, "'");
  if (whole.startsWith('"')) return unescapeDouble(whole.slice(1, whole.lastIndexOf('"') > 0 ? whole.lastIndexOf('"') : undefined));
  return whole.replace(/\s+#.*$/, '');
}

function readBlockScalar(r: Reader, indent: number, folded: boolean, strip: boolean): string {
  const body: string[] = [];
  while (r.pos < r.lines.length && (r.lines[r.pos].indent > indent || r.lines[r.pos].text === '')) {
    body.push(r.lines[r.pos].text);
    r.pos += 1;
  }
  while (body.length && body[body.length - 1] === '') body.pop();
  // Folding joins lines of one paragraph with a space; an empty line starts a new paragraph.
  const joined = folded ? body.join('\n').replace(/([^\n])\n(?=[^\n])/g, '$1 ') : body.join('\n');
  return strip ? joined : `${joined}\n`;
}

function unescapeDouble(s: string): string {
  return s.replace(/\\(["\\nt])/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
}
