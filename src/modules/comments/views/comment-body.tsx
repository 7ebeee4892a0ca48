import type { Child } from 'hono/jsx';

const linkPattern = /https?:\/\/[^\s<>"]+/g;
// Punctuation that ends a sentence is rarely part of the address it follows.
const trailingPunctuation = /[.,;:!?)\]'’»]+$/;

/** Splits one line into text and links (http and https only), so nothing in a comment is ever HTML. */
export function linkify(line: string): Child[] {
  const parts: Child[] = [];
  let last = 0;
  for (const match of line.matchAll(linkPattern)) {
    const url = match[0].replace(trailingPunctuation, '');
    const start = match.index ?? 0;
    if (start > last) parts.push(line.slice(last, start));
    parts.push(<a href={url} rel="nofollow ugc">{url}</a>);
    last = start + url.length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts;
}

/** A comment's text: plain text, line breaks kept, web addresses as links marked nofollow ugc. */
export function CommentBody(props: { text: string }) {
  const lines = props.text.split(/\r?\n/);
  return (
    <div class="comment-body">
      <p>
        {lines.map((line, i) => (
          <>
            {i > 0 && <br />}
            {linkify(line)}
          </>
        ))}
      </p>
    </div>
  );
}
