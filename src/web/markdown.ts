/**
 * A small, safe Markdown subset for information pages: paragraphs, `## ` and `### ` headings, **bold**,
 * *italic*, [links](https://...) (http and https only, rel="nofollow")
 * and lists (`- `, `* ` or `1. `).
 * Everything else is shown as text: raw HTML is escaped, never passed through.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => escapes[ch]);
}

const inlinePattern = /\[([^\]\n]+)\]\(([^()\s]+)\)|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*?[^*\s])?)\*/g;

/** Renders the inline marks of one block of text. */
export function renderInline(text: string): string {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(inlinePattern)) {
    html += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [whole, label, href, bold, italic] = m;
    if (label !== undefined) {
      // Only web links: javascript:, data: and relative tricks stay plain text.
      html += /^https?:\/\/[^\s]+$/i.test(href) ? `<a href="${escapeHtml(href)}" rel="nofollow">${renderInline(label)}</a>` : escapeHtml(whole);
    } else if (bold !== undefined) html += `<strong>${renderInline(bold)}</strong>`;
    else html += `<em>${renderInline(italic)}</em>`;
  }
  return html + escapeHtml(text.slice(last));
}

type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] } | { kind: 'h2' | 'h3'; text: string };

const bullet = /^\s*[-*]\s+(.*)$/;
const numbered = /^\s*\d{1,9}[.)]\s+(.*)$/;
const heading = /^(#{2,3})\s+(.*\S)\s*$/;

function splitBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const b = bullet.exec(line);
    const n = b ? null : numbered.exec(line);
    const h = heading.exec(line);
    if (line.trim() === '') {
      open = null;
    } else if (h) {
      blocks.push({ kind: h[1].length === 2 ? 'h2' : 'h3', text: h[2] });
      open = null;
    } else if (b || n) {
      const kind = b ? 'ul' : 'ol';
      if (!open || open.kind !== kind) blocks.push((open = { kind, items: [] }));
      open.items.push((b ?? n)![1]);
    } else if (open && open.kind !== 'p' && /^\s+\S/.test(line)) {
      // An indented line continues the previous list item.
      open.items[open.items.length - 1] += ' ' + line.trim();
    } else {
      if (!open || open.kind !== 'p') blocks.push((open = { kind: 'p', lines: [] }));
      open.lines.push(line.trim());
    }
  }
  return blocks;
}

/** Renders the subset to HTML that is safe to insert as is. */
export function renderMarkdown(source: string): string {
  return splitBlocks(source)
    .map((block) => {
      if (block.kind === 'p') return `<p>${block.lines.map(renderInline).join('<br>')}</p>`;
      if ('items' in block) return `<${block.kind}>${block.items.map((i) => `<li>${renderInline(i)}</li>`).join('')}</${block.kind}>`;
      return `<${block.kind}>${renderInline(block.text)}</${block.kind}>`;
    })
    .join('\n');
}
