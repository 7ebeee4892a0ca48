import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.ts';
import type { DatabaseHandle } from './connect.ts';
import { foldText, indexFullText, indexFullTextMany, matchesFullText, searchWords } from './full-text.ts';

describe('search words', () => {
  it('folds case and accents and drops query syntax', () => {
    expect(foldText('Écoles ÉTÉ')).toBe('ecoles ete');
    expect(searchWords('"arbres" OR (ombre*) -NEAR')).toEqual(['arbres', 'or', 'ombre', 'near']);
    expect(searchWords('  ** ')).toEqual([]);
  });
});

describe('full-text index on this database', () => {
  let handle: DatabaseHandle;
  const ids = { trees: randomUUID(), bikes: randomUUID(), both: randomUUID() };

  beforeAll(async () => {
    handle = await createTestDatabase();
    // Neighbourhood rows stand in for documents: any table with an id column can be searched.
    for (const [i, id] of Object.values(ids).entries()) await handle.db.insertInto('neighbourhood').values({ id, slug: `n${i}`, name_fr: 'n', name_en: 'n', position: i }).execute();
    await indexFullTextMany(handle.db, 'proposal', [
      { id: ids.trees, text: 'Des arbres dans la cour de l’école' },
      { id: ids.bikes, text: 'Une piste cyclable sur le quai' },
    ]);
    await indexFullText(handle.db, 'proposal', ids.both, 'Arbres le long de la piste');
  });
  afterAll(() => handle.close());

  async function find(query: string): Promise<string[]> {
    const condition = matchesFullText(handle.db, 'proposal', 'neighbourhood.id', query);
    if (!condition) return ['no filter'];
    const rows = await handle.db.selectFrom('neighbourhood').select('neighbourhood.id').where(condition).execute();
    return rows.map((r) => r.id).sort();
  }

  it('finds documents holding every word, as prefixes, whatever the accents', async () => {
    expect(await find('arbres')).toEqual([ids.trees, ids.both].sort());
    expect(await find('ARBRE PIST')).toEqual([ids.both]);
    expect(await find('ÉCOLE')).toEqual([ids.trees]);
    expect(await find('métro')).toEqual([]);
    expect(await find('!!')).toEqual(['no filter']);
  });

  it('replaces a document when it is indexed again', async () => {
    await indexFullText(handle.db, 'proposal', ids.trees, 'Des fontaines sur la place');
    expect(await find('arbres')).toEqual([ids.both]);
    expect(await find('fontaines')).toEqual([ids.trees]);
  });
});
