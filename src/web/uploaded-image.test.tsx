import { describe, expect, it } from 'vitest';
import { UploadedImage } from './uploaded-image.tsx';

const html = (node: unknown) => String(node);

describe('an uploaded image on a page', () => {
  it('sends phones the phone-sized rendition and wider screens the full one', () => {
    expect(html(<UploadedImage id="u1" alt="Un parc" />)).toBe('<picture><source media="(max-width: 40rem)" srcset="/uploads/u1/small"/><img class="hero" src="/uploads/u1" alt="Un parc"/></picture>');
  });

  it('uses the phone-sized rendition alone for a thumbnail, and the picture for anything wider', () => {
    expect(html(<UploadedImage id="u1" alt="Un parc" width={240} />)).toBe('<img class="hero" src="/uploads/u1/small" alt="Un parc" width="240"/>');
    expect(html(<UploadedImage id="u1" alt="Un parc" width={600} />)).toContain('<source media="(max-width: 40rem)" srcset="/uploads/u1/small"/><img class="hero" src="/uploads/u1" alt="Un parc" width="600"/>');
  });

  it('escapes the alternative text', () => {
    expect(html(<UploadedImage id="u1" alt={'"><script>'} />)).toContain('alt="&quot;&gt;&lt;script&gt;"');
  });
});
