import { describe, expect, it } from 'vitest';
import { checkImport, type ImportReference } from './import-plan.ts';

const reference: ImportReference = {
  indicators: new Map([
    ['pm25', 'objective'],
    ['perceived-air', 'perceived'],
  ]),
  areas: new Set(['city', 'vieux-port', 'les-hauts']),
};
const header = 'indicator,area,period,value,kind,n,source\n';
const problemKeys = (text: string) => {
  const check = checkImport(text, reference);
  if (check.ok) throw new Error('expected a refusal');
  return check.issues.map((i) => [i.line, i.problems.map((p) => p.key.replace('indicators.import.problem.', ''))]);
};

describe('checking an indicator values file', () => {
  it('reads every good line, with quoted sources, CRLF line ends, a byte-order mark and empty optional columns', () => {
    const text = '\ufeff' + header.replace('\n', '\r\n') + 'pm25,city,2025,11.8,objective,,Atmo\r\npm25,vieux-port,2025-Q2,-0.5,,,"Atmo, modèle ""ADMS"""\r\n\r\nperceived-air,les-hauts,2025-06,64,perceived,39,"enquête\nde juin"\r\n';
    const check = checkImport(text, reference);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const { plan } = check;
    expect(plan.size).toBe(3);
    const rows = Array.from({ length: plan.size }, (_, i) => [plan.indicators[plan.indicator[i]], plan.areas[plan.area[i]], plan.periods[plan.period[i]], plan.value[i], plan.n[i], plan.sources[plan.source[i]]]);
    expect(rows).toEqual([
      ['pm25', 'city', '2025', 11.8, -1, 'Atmo'],
      ['pm25', 'vieux-port', '2025-Q2', -0.5, -1, 'Atmo, modèle "ADMS"'],
      ['perceived-air', 'les-hauts', '2025-06', 64, 39, 'enquête\nde juin'],
    ]);
  });

  it('reports every bad line with its number and all that is wrong on it, and keeps nothing', () => {
    const text = header + 'pm25,city,2025,11.8,,,\npm99,nowhere,25,12;5,perceived,2.5,x\npm25,city,2025-Q5,1e999,,-1,\npm25,city\nperceived-air,city,2024,60,objective,10,\n';
    expect(problemKeys(text)).toEqual([
      [3, ['indicator', 'area', 'period', 'value', 'n']],
      [4, ['period', 'value', 'n']],
      [5, ['columns']],
      [6, ['kind']],
    ]);
  });

  it('names both lines of a value given twice for the same indicator, area and period', () => {
    const check = checkImport(header + 'pm25,city,2025,1,,,\npm25,les-hauts,2025,2,,,\npm25,city,2025,3,,,\n', reference);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues).toEqual([{ line: 4, problems: [{ key: 'indicators.import.problem.duplicate', params: { code: 'pm25', area: 'city', period: '2025', first: 2 } }] }]);
  });

  it('refuses a file without the header, an empty file and an unterminated quote', () => {
    expect(problemKeys('pm25,city,2025,1,,,\n')).toEqual([[1, ['header']]]);
    expect(problemKeys('')).toEqual([[1, ['empty']]]);
    expect(problemKeys(header + 'pm25,city,2025,1,,,"Atmo\n')).toEqual([[2, ['quote']]]);
  });

  it('lists the first 50 refused lines and counts them all', () => {
    const check = checkImport(header + 'x,city,2025,1,,,\n'.repeat(120), reference);
    expect(check.ok === false && [check.issues.length, check.issueCount, check.issues[49].line]).toEqual([50, 120, 51]);
  });
});
