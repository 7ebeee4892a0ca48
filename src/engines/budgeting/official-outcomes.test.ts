import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Election } from './election.ts';
import { readPabulib } from './pabulib-reader.ts';
import { tally, type TallyOptions } from './tally.ts';
import { pabulibFixtures } from '../../../test/fixtures/index.ts';

// Official outcomes from real Pabulib files (test/fixtures/pabulib).
const DATA = pabulibFixtures;
const cache = new Map<string, Election>();
const read = (name: string) => {
  if (!cache.has(name)) cache.set(name, readPabulib(readFileSync(new URL(name, DATA), 'utf8')));
  return cache.get(name)!;
};
const official = (e: Election) => e.projects.filter((p) => p.attributes?.selected === '1').map((p) => p.id).sort();
const sorted = (ids: string[]) => [...ids].sort();

describe('Method of Equal Shares with Add1 reproduces official results', () => {
  it('Wieliczka 2023 Green Budget: 30 projects costing 995,079', () => {
    const e = read('Poland_Wieliczka_2023_Green_Budget.pb');
    const r = tally(e, { rule: 'mes', completion: 'add1' });
    expect(sorted(r.selected)).toEqual(official(e));
    expect(r.selected).toHaveLength(30);
    expect(r.cost).toBe(995_079);
    // equalshares.net reports 313 per voter; outcomes at 312..315 are identical and 316 overspends,
    // and the unit-step loop keeps the last whole endowment within budget, i.e. 315.
    expect(r.endowment).toBe(315);
    expect(r.tieBreak).toEqual(['cost', 'votes', 'id']);
  });

  it('Wieliczka 2023 with the "stop at the first exhaustive outcome" variant: 31 projects costing 984,579', () => {
    const r = tally(read('Poland_Wieliczka_2023_Green_Budget.pb'), { rule: 'mes', completion: 'add1-exhaustive' });
    expect(r.selected).toHaveLength(31);
    expect(r.cost).toBe(984_579);
  });

  it('Świecie 2023', () => {
    const e = read('Poland_Swiecie_2023.pb');
    expect(sorted(tally(e).selected)).toEqual(official(e));
  });

  it('Assen 2024, whose tie between projects 2 and 11 is settled by the stated order', () => {
    const e = read('Netherlands_Assen_2024.pb');
    const byCost = tally(e, { tieBreak: ['cost', 'votes', 'id'] });
    expect(sorted(byCost.selected)).toEqual(official(e));
    // Both have 24 supporters with money to spare, so both cost each supporter the same share of
    // their utility: lower cost puts 2 (10,000) before 11 (15,000); id order puts "11" before "2".
    expect(byCost.selected.indexOf('2')).toBeLessThan(byCost.selected.indexOf('11'));
    const byId = tally(e, { tieBreak: ['id'] });
    expect(byId.tieBreak).toEqual(['id']);
    expect(byId.selected.indexOf('11')).toBeLessThan(byId.selected.indexOf('2'));
  });
});

describe('greedy reproduces official results', () => {
  const cases: [string, TallyOptions][] = [
    ['Poland_Warszawa_2025_Wola.pb', {}],
    ['Poland_Gdynia_2020_Grabowek__small.pb', { skipping: false }],
    ['Poland_Krakow_2019_Podgorze_Duchackie.pb', {}],
    ['Poland_Warszawa_2026.pb', { minScore: 3000 }],
  ];
  for (const [file, options] of cases) {
    it(file, () => {
      const e = read(file);
      expect(sorted(tally(e, { rule: 'greedy', ...options }).selected)).toEqual(official(e));
    });
  }

  it('Warsaw 2026 differs without its 3,000-vote threshold', () => {
    const warsaw = read('Poland_Warszawa_2026.pb');
    expect(sorted(tally(warsaw, { rule: 'greedy' }).selected)).not.toEqual(official(warsaw));
  });

  // These files carry no `selected` column; the file's own published score column is the reference:
  // greedy on that column must give what greedy on our count of the ballots gives.
  for (const [file, column] of [
    ['Netherlands_Amsterdam_522.pb', 'votes'],
    ['France_Toulouse_2019.pb', 'score'],
    ['Poland_Czestochowa_2020_Stradom.pb', 'score'],
    ['Poland_Zabrze_2021_Grzybowice.pb', 'votes'],
  ] as const) {
    it(`${file}: counted scores and outcome agree with the published "${column}" column`, () => {
      const e = read(file);
      const published = new Map(e.projects.map((p) => [p.id, Number(p.attributes?.[column])]));
      const ranked = [...e.projects].sort((a, b) => published.get(b.id)! - published.get(a.id)! || a.cost - b.cost);
      let left = e.budget;
      const expected: string[] = [];
      for (const p of ranked) {
        if (p.cost <= left) {
          expected.push(p.id);
          left -= p.cost;
        }
      }
      const r = tally(e, { rule: 'greedy' });
      expect(sorted(r.selected)).toEqual(sorted(expected));
      const scores = r.detail.profile.scores;
      r.detail.profile.projectIds.forEach((id, i) => expect(scores[i], id).toBe(published.get(id)));
    });
  }
});
