import { describe, expect, it } from 'vitest';
import { PostButton } from './post-button.tsx';

const html = (node: unknown) => String(node);

describe('PostButton', () => {
  it('is a POST form with its hidden fields and one secondary button, inline by default', () => {
    expect(html(<PostButton action="/p/1/move" fields={{ direction: 'up', id: 'a&b' }} label="Up" />)).toBe(
      '<form method="post" action="/p/1/move" class="inline"><input type="hidden" name="direction" value="up"/><input type="hidden" name="id" value="a&amp;b"/><button type="submit" class="secondary">Up</button></form>',
    );
  });

  it('repeats a field given as a list, in its order (a ballot carried from its review page)', () => {
    expect(html(<PostButton action="/b/cast" fields={{ project: ['p2', 'p1'], receipt: 'r' }} label="Cast" />)).toBe(
      '<form method="post" action="/b/cast" class="inline"><input type="hidden" name="project" value="p2"/><input type="hidden" name="project" value="p1"/><input type="hidden" name="receipt" value="r"/><button type="submit" class="secondary">Cast</button></form>',
    );
  });

  it('can be a primary button on its own line, and carry a hidden part in its label', () => {
    const out = html(<PostButton action="/x" buttonClass="" class="" label={<>Up<span class="visually-hidden"> : Q1</span></>} />);
    expect(out).toBe('<form method="post" action="/x"><button type="submit">Up<span class="visually-hidden"> : Q1</span></button></form>');
  });

  it('says whether a toggle is pressed, and says nothing on a plain button', () => {
    expect(html(<PostButton action="/c/1/vote" fields={{ direction: 'up' }} label="Up" pressed={true} />)).toContain('<button type="submit" class="secondary" aria-pressed="true">Up</button>');
    expect(html(<PostButton action="/c/1/vote" fields={{ direction: 'down' }} label="Down" pressed={false} />)).toContain('aria-pressed="false"');
    expect(html(<PostButton action="/x" label="Go" />)).not.toContain('aria-pressed');
  });
});
