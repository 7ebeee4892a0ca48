import { escapeHtml } from '../../web/markdown.ts';

const linkPattern = /https?:\/\/[^\s<>"]+/g;
// Punctuation that ends a sentence is rarely part of the address it follows.
const trailingPunctuation = /[.,;:!?)\]'’»]+$/;

/** One line as HTML: its text escaped, web addresses (http and https only) as links marked nofollow ugc. */
function lineHtml(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(linkPattern)) {
    const url = match[0].replace(trailingPunctuation, '');
    const start = match.index ?? 0;
    const href = escapeHtml(url);
    html += `${escapeHtml(line.slice(last, start))}<a href="${href}" rel="nofollow ugc">${href}</a>`;
    last = start + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/**
 * The HTML of a comment's text, made once when it is written or edited and stored beside it: plain text
 * (nothing a person writes is ever HTML), line breaks kept, web addresses as links.
 * Changing this output means clearing `comment.body_html` in a migration: rows are made again when next read.
 */
export function renderCommentHtml(text: string): string {
  return `<p>${text.split(/\r?\n/).map(lineHtml).join('<br/>')}</p>`;
}
