import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter.ts';
import { buildTaxonomy, fillPlaceholders, plainText } from './taxonomy.ts';

describe('DTPR front matter', () => {
  it('reads lists, quoted and folded scalars, block scalars and nested maps', () => {
    const fm = parseFrontMatter(
      [
        '---',
        'category: ',
        '  - device__purpose',
        '  - ai__purpose',
        "description: 'It''s a quoted",
        "  value on two lines'",
        'name: >-',
        '  Folded over',
        '  two lines',
        'context:',
        '  id: level',
        '  values:',
        '    - id: a',
        '      name: "A \\"one\\""',
        '    - id: b',
        '      name: B',
        'plain: value # comment',
        '---',
        'body text: ignored',
      ].join('\n'),
    );
    expect(fm.category).toEqual(['device__purpose', 'ai__purpose']);
    expect(fm.description).toBe("It's a quoted value on two lines");
    expect(fm.name).toBe('Folded over two lines');
    expect(fm.context).toEqual({ id: 'level', values: [{ id: 'a', name: 'A "one"' }, { id: 'b', name: 'B' }] });
    expect(fm.plain).toBe('value');
    expect(fm['body text']).toBeUndefined();
  });

  it('returns nothing for a file without front matter', () => {
    expect(parseFrontMatter('# Title\n')).toEqual({});
  });

  it('builds a bilingual vocabulary, falling back to the other language and stripping links', () => {
    const tax = buildTaxonomy([
      { kind: 'element', locale: 'en', stem: 'purpose__health', text: '---\ncategory:\n  - device__purpose\nid: health\nname: Health\ndescription: See [air](https://x.example)\n---' },
      { kind: 'element', locale: 'fr', stem: 'purpose__health', text: '---\ncategory:\n  - device__purpose\nid: health\nname: Santé\n---' },
      { kind: 'category', locale: 'en', stem: 'device__purpose', text: '---\nid: device__purpose\nname: Purpose\n---' },
    ]);
    expect(tax.element('device__purpose', 'health')?.name).toEqual({ fr: 'Santé', en: 'Health' });
    expect(tax.element('device__purpose', 'health')?.description).toEqual({ fr: 'See air', en: 'See air' });
    expect(tax.element('device__purpose', 'nope')).toBeUndefined();
    expect(tax.categories.get('device__purpose')?.name.fr).toBe('Purpose');
    expect(plainText('a [b](c) d')).toBe('a b d');
    expect(fillPlaceholders('Retained {{duration}}', { duration: '7 days' })).toBe('Retained 7 days');
  });
});
