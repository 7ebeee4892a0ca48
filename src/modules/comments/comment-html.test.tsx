import fc from 'fast-check';
import type { Child } from 'hono/jsx';
import { describe, expect, it } from 'vitest';
import { renderCommentHtml } from './comment-html.ts';

// The rendering pages did on every request before the HTML was stored (JSX, escaped by hono): the reference.
function linkifyReference(line: string): Child[] {
  const parts: Child[] = [];
  let last = 0;
  for (const match of line.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = match[0].replace(/[.,;:!?)\]'’»]+$/, '');
    const start = match.index ?? 0;
    if (start > last) parts.push(line.slice(last, start));
    parts.push(<a href={url} rel="nofollow ugc">{url}</a>);
    last = start + url.length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts;
}
const reference = (text: string) =>
  String(
    <p>
      {text.split(/\r?\n/).map((line, i) => (
        <>
          {i > 0 && <br />}
          {linkifyReference(line)}
        </>
      ))}
    </p>,
  );

describe('the stored HTML of a comment', () => {
  it('escapes everything, keeps line breaks and makes web addresses links', () => {
    expect(renderCommentHtml('<script>alert("x")</script> & co\nSee https://example.org/a?b=1&c=2\'s.\r\n\nhttp://x.fr')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co<br/>See <a href="https://example.org/a?b=1&amp;c=2&#39;s" rel="nofollow ugc">https://example.org/a?b=1&amp;c=2&#39;s</a>.<br/><br/><a href="http://x.fr" rel="nofollow ugc">http://x.fr</a></p>',
    );
    expect(renderCommentHtml('javascript:alert(1) ftp://x.org')).toBe('<p>javascript:alert(1) ftp://x.org</p>');
  });

  it('is exactly what the page rendered on each request before (property)', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom('https://', 'http://ex.org/p', '\n', '\r\n', '<b>', '"', "'", '&', ').', '»', ' ', 'é'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(renderCommentHtml(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
