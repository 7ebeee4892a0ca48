import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { derivedTablePrefixes, personalDataSections, personalDataTables, tablesWithoutPersonalData } from './personal-data.ts';
import { defaultPrivacyPolicy } from './privacy-policy.ts';

let handle: DatabaseHandle;
let schemaTables: string[];

beforeAll(async () => {
  handle = await createTestDatabase();
  schemaTables = (await handle.db.introspection.getTables()).map((t) => t.name).filter((name) => !derivedTablePrefixes.some((p) => name.startsWith(p)));
});
afterAll(() => handle.close());

const personal = personalDataSections.flatMap((s) => personalDataTables[s]);
const vars = { city: 'Bellerive', baseUrl: 'https://participer.example.org' };

describe('the privacy policy describes every table that holds personal data', () => {
  it('sorts every table of the migrated schema into "personal data" or "none", never both, never neither', () => {
    const unsorted = schemaTables.filter((name) => !personal.includes(name) && !tablesWithoutPersonalData.includes(name));
    // A new table lands here: add it to personalDataTables (and its section's text) or to tablesWithoutPersonalData.
    expect(unsorted).toEqual([]);
    expect(personal.filter((name) => tablesWithoutPersonalData.includes(name))).toEqual([]);
    expect(new Set(personal).size).toBe(personal.length);
  });

  it('names no table the schema does not have (a renamed or dropped table is noticed)', () => {
    expect([...personal, ...tablesWithoutPersonalData].filter((name) => !schemaTables.includes(name))).toEqual([]);
  });

  it('mentions every personal-data table in the default policy, in French and in English', () => {
    for (const locale of ['fr', 'en'] as const) {
      const policy = defaultPrivacyPolicy(locale, vars);
      expect(personal.filter((name) => !new RegExp(`[ :]${name}[,.]`).test(policy))).toEqual([]);
    }
  });

  it('covers what the issue asks in plain words: account, sessions, votes that cannot be traced, export and deletion', () => {
    const en = defaultPrivacyPolicy('en', vars);
    for (const words of ['### Your account', '### Your sign-ins', 'pseudonym', 'Nobody, admins included, can know what you chose', 'https://participer.example.org/account/export', 'https://participer.example.org/account/delete', '30 days']) {
      expect(en).toContain(words);
    }
    expect(defaultPrivacyPolicy('fr', vars)).toContain('### Budget participatif : liste d’émargement et bulletins');
  });
});
