import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('makes paragraphs from blocks separated by blank lines', () => {
    expect(renderMarkdown('One\nline two\n\nThree')).toBe('<p>One<br>line two</p>\n<p>Three</p>');
  });

  it('renders bold, italic and web links with rel="nofollow"', () => {
    expect(renderMarkdown('**Vote** *now* at [the city](https://example.org/a?b=1&c=2)')).toBe(
      '<p><strong>Vote</strong> <em>now</em> at <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow">the city</a></p>',
    );
  });

  it('renders "## " and "### " lines as headings, and a "#" alone or a "####" as text', () => {
    expect(renderMarkdown('## Who *sees* it\ntext\n### Detail')).toBe('<h2>Who <em>sees</em> it</h2>\n<p>text</p>\n<h3>Detail</h3>');
    expect(renderMarkdown('# one\n#### four')).toBe('<p># one<br>#### four</p>');
  });

  it('renders bullet and numbered lists', () => {
    expect(renderMarkdown('- one\n- **two**\n\n1. first\n2. second')).toBe('<ul><li>one</li><li><strong>two</strong></li></ul>\n<ol><li>first</li><li>second</li></ol>');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror="y">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('onerror=&quot;y&quot;');
  });

  it('keeps links that are not http(s) as plain text', () => {
    const html = renderMarkdown('[click](javascript:alert(1)) [x](data:text/html,hi) [y](/relative)');
    expect(html).not.toContain('<a');
    expect(html).toContain('[click]');
  });

  it('cannot break out of the href attribute', () => {
    const html = renderMarkdown('[a](https://x.org/"onmouseover="z)');
    expect(html).toContain('href="https://x.org/&quot;onmouseover=&quot;z"');
  });
});
