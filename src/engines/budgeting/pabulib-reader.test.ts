import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PabulibError } from './pabulib-csv.ts';
import { readPabulib } from './pabulib-reader.ts';
import { pabulibFixtures } from '../../../test/fixtures/index.ts';

const DATA = pabulibFixtures;
const read = (name: string) => readPabulib(readFileSync(new URL(name, DATA), 'utf8'));

const SMALL = [
  'META',
  'key;value',
  'budget;4000.0',
  'vote_type;approval',
  'num_projects;3',
  'num_votes;4',
  'description;"Quoted; with ""quotes"""',
  'PROJECTS',
  'project_id;cost;name;category;selected',
  'a1;1000.0;"Park; north";green;1',
  'b2;2500;Piknik "Rodzina";culture,green;0',
  'c3;500;Bench;;1',
  'VOTES',
  'voter_id;vote;age',
  'v1;a1,b2;30',
  'v2;b2,b2,c3;',
  'v3;;41',
  'v4;c3;22',
].join('\r\n');

describe('readPabulib', () => {
  it('reads CRLF text, quoted fields, decimal costs, string ids and empty ballots', () => {
    const e = readPabulib(SMALL);
    expect(e.budget).toBe(4000);
    expect(e.voteType).toBe('approval');
    expect(e.meta).toEqual({ description: 'Quoted; with "quotes"' });
    expect(e.projects.map((p) => [p.id, p.cost])).toEqual([
      ['a1', 1000],
      ['b2', 2500],
      ['c3', 500],
    ]);
    expect(e.projects[0].name).toBe('Park; north');
    // A quote inside an unquoted field is plain text (as in the Częstochowa file).
    expect(e.projects[1].name).toBe('Piknik "Rodzina"');
    expect(e.projects[1].category).toBe('culture,green');
    expect(e.projects[2].category).toBeUndefined();
    expect(e.projects[0].attributes).toEqual({ selected: '1' });
    expect(e.ballots).toEqual([['a1', 'b2'], ['b2', 'c3'], [], ['c3']]);
    expect(e.voterIds).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(e.voterAttributes).toEqual([{ age: '30' }, {}, { age: '41' }, { age: '22' }]);
  });

  it('reads LF text and cumulative ballots with points, counting a repeated project once', () => {
    const text = ['META', 'key;value', 'budget;10', 'vote_type;cumulative', 'PROJECTS', 'project_id;cost', 'x;5', 'y;6', 'VOTES', 'voter_id;vote;points', '1;x,y,x;3,2,1', '2;y;4', ''].join('\n');
    const e = readPabulib(text);
    expect(e.ballots).toEqual([
      [
        { id: 'x', points: 3 },
        { id: 'y', points: 2 },
      ],
      [{ id: 'y', points: 4 }],
    ]);
  });

  it('keeps the order of ordinal ballots (most preferred first)', () => {
    const text = ['META', 'key;value', 'budget;10', 'vote_type;ordinal', 'PROJECTS', 'project_id;cost', 'x;5', 'y;6', 'VOTES', 'voter_id;vote', '1;y,x'].join('\n');
    expect(readPabulib(text).ballots).toEqual([['y', 'x']]);
  });

  it('reads every Pabulib fixture with the announced numbers of projects and votes', () => {
    const expected: Record<string, [number, number, number]> = {
      'Poland_Wieliczka_2023_Green_Budget.pb': [6586, 64, 1_000_000],
      'Poland_Warszawa_2026.pb': [61668, 83, 24_186_815],
      'Poland_Czestochowa_2020_Stradom.pb': [999, 19, 433_003],
      'Netherlands_Assen_2024.pb': [84, 14, 100_000],
    };
    const files = readdirSync(DATA).filter((f) => f.endsWith('.pb'));
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const file of files) {
      const e = read(file);
      expect(e.projects.length, file).toBeGreaterThan(0);
      if (expected[file]) expect([e.ballots.length, e.projects.length, e.budget], file).toEqual(expected[file]);
    }
  });
});

describe('readPabulib on malformed input', () => {
  const base = ['META', 'key;value', 'budget;100', 'vote_type;approval', 'PROJECTS', 'project_id;cost', 'a;10', 'b;20', 'VOTES', 'voter_id;vote', '1;a', '2;a,b'];
  const withLine = (line: number, text: string) => {
    const lines = [...base];
    lines[line - 1] = text;
    return lines.join('\n');
  };
  const cases: [string, string, number, RegExp][] = [
    ['unknown project in a vote', withLine(12, '2;a,zz'), 12, /unknown project "zz"/],
    ['cost that is not a number', withLine(8, 'b;twenty'), 8, /cost of project b/],
    ['negative cost', withLine(8, 'b;-5'), 8, /cost of project b/],
    ['wrong number of fields', withLine(11, '1;a;extra'), 11, /expected 2 fields/],
    ['duplicate project id', withLine(8, 'a;20'), 8, /appears twice/],
    ['duplicate voter id', withLine(12, '1;b'), 12, /voter_id "1" appears twice/],
    ['bad budget', withLine(3, 'budget;lots'), 3, /budget/],
    ['unknown vote type', withLine(4, 'vote_type;quadratic'), 4, /vote_type/],
    ['unclosed quote', withLine(7, '"a;10'), 7, /not closed/],
    ['text after a closing quote', withLine(7, '"a"x;10'), 7, /after a closing quote/],
    ['missing cost column', withLine(6, 'project_id;price'), 6, /lacks the column "cost"/],
  ];
  for (const [what, text, line, message] of cases) {
    it(`names line ${line} for ${what}`, () => {
      let error: unknown;
      try {
        readPabulib(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PabulibError);
      expect((error as PabulibError).line).toBe(line);
      expect((error as PabulibError).message).toMatch(new RegExp(`^line ${line}: `));
      expect((error as PabulibError).message).toMatch(message);
    });
  }

  it('rejects a file whose num_votes disagrees with its VOTES section (truncated file)', () => {
    const text = [...base.slice(0, 4), 'num_votes;3', ...base.slice(4)].join('\n');
    expect(() => readPabulib(text)).toThrow(/line 5: META num_votes says 3 but the file has 2/);
  });

  it('rejects points that do not match the votes', () => {
    const text = ['META', 'key;value', 'budget;10', 'vote_type;cumulative', 'PROJECTS', 'project_id;cost', 'x;5', 'VOTES', 'voter_id;vote;points', '1;x;1,2'].join('\n');
    expect(() => readPabulib(text)).toThrow(/line 10: vote lists 1 projects but points lists 2/);
  });

  it('rejects a missing section and a choose-1 ballot naming two projects', () => {
    expect(() => readPabulib(base.slice(0, 8).join('\n'))).toThrow(/missing section VOTES/);
    const choose1 = withLine(4, 'vote_type;choose-1');
    expect(() => readPabulib(choose1)).toThrow(/line 12: a choose-1 ballot names more than one project/);
  });
});
