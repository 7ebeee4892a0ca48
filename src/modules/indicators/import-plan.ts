import type { IndicatorKind } from '../../engines/indicators/index.ts';
import { csvRecords, CsvRecordError } from '../../web/csv-records.ts';
import { MAX_SOURCE_LENGTH, PERIOD_PATTERN, readCount, readNumber } from './value-rules.ts';

/** The columns of an indicator values file, in order. */
export const IMPORT_COLUMNS = ['indicator', 'area', 'period', 'value', 'kind', 'n', 'source'] as const;

/** One thing wrong with a line: a message key (`indicators.import.problem.*`) and its values. */
export interface ImportProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** A refused line and everything wrong with it, in terms a statistician can act on. */
export interface ImportIssue {
  line: number;
  problems: ImportProblem[];
}

/** What the import checks lines against: the catalogue's codes with their kind, and the areas' keys. */
export interface ImportReference {
  indicators: ReadonlyMap<string, IndicatorKind>;
  areas: ReadonlySet<string>;
}

/** Every valid line, column by column (typed arrays keep a million values small), with the distinct texts they refer to. */
export interface ImportPlan {
  size: number;
  indicators: string[];
  areas: string[];
  periods: string[];
  sources: string[];
  indicator: Uint16Array;
  area: Uint32Array;
  period: Uint32Array;
  source: Uint32Array;
  value: Float64Array;
  /** −1 where the line leaves n empty. */
  n: Int32Array;
}

export type ImportCheck = { ok: true; plan: ImportPlan } | { ok: false; issues: ImportIssue[]; issueCount: number };

/** How many refused lines an answer lists (the count says how many there are in all). */
export const MAX_LISTED_ISSUES = 50;

class Interner {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) this.index.set(text, (id = this.list.push(text) - 1));
    return id;
  }
}

/**
 * Reads and checks an indicator values file (`indicator,area,period,value,kind,n,source`, header
 * first). Every bad line is reported with its number and nothing is returned to write unless the
 * whole file is good, so an import is all or nothing.
 */
export function checkImport(text: string, reference: ImportReference): ImportCheck {
  const issues: ImportIssue[] = [];
  let issueCount = 0;
  const refuse = (line: number, problems: ImportProblem[]) => {
    issueCount += 1;
    if (issues.length < MAX_LISTED_ISSUES) issues.push({ line, problems });
  };
  const problem = (key: string, params?: ImportProblem['params']): ImportProblem => ({ key: `indicators.import.problem.${key}`, params });
  const [indicators, areas, periods, sources] = [new Interner(), new Interner(), new Interner(), new Interner()];
  const periodOk = new Map<string, boolean>();
  // One slot per line of text: a record never spans fewer lines, so the columns are allocated once, at their
  // final size (growing by doubling held two copies at once: ~80 MB more at the peak for a million values).
  let capacity = Math.max(16, countLines(text));
  let cols = allocate(capacity);
  let size = 0;
  let lines: Uint32Array = new Uint32Array(capacity);
  let header = true;
  try {
    for (const { line, fields } of csvRecords(text)) {
      if (header) {
        header = false;
        const names = fields.map((f) => f.trim().toLowerCase());
        if (names.join(',') !== IMPORT_COLUMNS.join(',')) refuse(line, [problem('header', { header: IMPORT_COLUMNS.join(',') })]);
        continue;
      }
      if (fields.length !== IMPORT_COLUMNS.length) {
        refuse(line, [problem('columns', { found: fields.length, expected: IMPORT_COLUMNS.length })]);
        continue;
      }
      const [code, areaKey, periodText, valueText, kindText, nText, sourceText] = fields;
      const problems: ImportProblem[] = [];
      const kind = reference.indicators.get(code.trim());
      if (kind === undefined) problems.push(problem('indicator', { code: code.trim() }));
      if (!reference.areas.has(areaKey.trim())) problems.push(problem('area', { area: areaKey.trim() }));
      const period = periodText.trim();
      let validPeriod = periodOk.get(period);
      if (validPeriod === undefined) periodOk.set(period, (validPeriod = PERIOD_PATTERN.test(period)));
      if (!validPeriod) problems.push(problem('period', { period }));
      const value = readNumber(valueText);
      if (value === null) problems.push(problem('value', { value: valueText.trim() }));
      const kindGiven = kindText.trim();
      if (kind !== undefined && kindGiven !== '' && kindGiven !== kind) problems.push(problem('kind', { given: kindGiven, kind }));
      const n = readCount(nText);
      if (n === null) problems.push(problem('n', { n: nText.trim() }));
      const source = sourceText.trim();
      if (source.length > MAX_SOURCE_LENGTH) problems.push(problem('source', { max: MAX_SOURCE_LENGTH }));
      if (problems.length) {
        refuse(line, problems);
        continue;
      }
      if (size === capacity) {
        cols = grow(cols, (capacity *= 2));
        lines = growLines(lines, capacity);
      }
      cols.indicator[size] = indicators.id(code.trim());
      cols.area[size] = areas.id(areaKey.trim());
      cols.period[size] = periods.id(period);
      cols.source[size] = sources.id(source);
      cols.value[size] = value!;
      cols.n[size] = n ?? -1;
      lines[size] = line;
      size += 1;
    }
  } catch (err) {
    if (!(err instanceof CsvRecordError)) throw err;
    refuse(err.line, [problem('quote')]);
  }
  if (header) refuse(1, [problem('empty')]);
  const plan: ImportPlan = { size, indicators: indicators.list, areas: areas.list, periods: periods.list, sources: sources.list, ...shrink(cols, size) };
  for (const duplicate of findDuplicates(plan, lines)) refuse(duplicate.line, duplicate.problems);
  if (issueCount) return { ok: false, issues: issues.sort((a, b) => a.line - b.line), issueCount };
  return { ok: true, plan };
}

type Columns = Pick<ImportPlan, 'indicator' | 'area' | 'period' | 'source' | 'value' | 'n'>;

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

function growLines(lines: Uint32Array, capacity: number): Uint32Array {
  const bigger = new Uint32Array(capacity);
  bigger.set(lines);
  return bigger;
}

function allocate(capacity: number): Columns {
  return { indicator: new Uint16Array(capacity), area: new Uint32Array(capacity), period: new Uint32Array(capacity), source: new Uint32Array(capacity), value: new Float64Array(capacity), n: new Int32Array(capacity) };
}

function grow(cols: Columns, capacity: number): Columns {
  const bigger = allocate(capacity);
  for (const key of Object.keys(cols) as (keyof Columns)[]) (bigger[key] as Uint32Array).set(cols[key] as Uint32Array);
  return bigger;
}

// Views on the first `size` slots, not copies: the few slots of blank or refused lines are not worth a second copy of everything.
function shrink(cols: Columns, size: number): Columns {
  return { indicator: cols.indicator.subarray(0, size), area: cols.area.subarray(0, size), period: cols.period.subarray(0, size), source: cols.source.subarray(0, size), value: cols.value.subarray(0, size), n: cols.n.subarray(0, size) };
}

// Two lines for the same indicator, area and period: sorting one number per line finds them without a
// million-entry map; only the (rare) duplicated keys are then traced back to their lines.
function findDuplicates(plan: ImportPlan, lines: Uint32Array): ImportIssue[] {
  const areaCount = Math.max(1, plan.areas.length);
  const periodCount = Math.max(1, plan.periods.length);
  const keyOf = (i: number) => (plan.indicator[i] * areaCount + plan.area[i]) * periodCount + plan.period[i];
  const keys = new Float64Array(plan.size);
  for (let i = 0; i < plan.size; i++) keys[i] = keyOf(i);
  keys.sort();
  const repeated = new Set<number>();
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) repeated.add(keys[i]);
  if (repeated.size === 0) return [];
  const firstLine = new Map<number, number>();
  const issues: ImportIssue[] = [];
  for (let i = 0; i < plan.size; i++) {
    const key = keyOf(i);
    if (!repeated.has(key)) continue;
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, lines[i]);
    else issues.push({ line: lines[i], problems: [{ key: 'indicators.import.problem.duplicate', params: { code: plan.indicators[plan.indicator[i]], area: plan.areas[plan.area[i]], period: plan.periods[plan.period[i]], first } }] });
  }
  return issues;
}
