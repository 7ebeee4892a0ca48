// The Pabulib sweep: every approval file of the data folder and of any folder given, counted by greedy, MES
// and MES + Add1, with per-rule totals and the slowest file of each rule named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPabulib, tally, type Election, type TallyOptions } from '../src/engines/budgeting/index.ts';

const RULES = ['greedy', 'mes', 'mes+add1'] as const;
type SweepRule = (typeof RULES)[number];

/** One file's times per rule (wall and CPU ms of the tally, the file read apart). */
export interface SweepRow {
  file: string;
  voters: number;
  projects: number;
  readMs: number;
  ms: Record<SweepRule, number>;
  cpuMs: Record<SweepRule, number>;
  add1Runs: number;
}

/** Every `.pb` file under the folders, recursively, in name order. */
export function pabulibFiles(folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.pb')) files.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return files;
}

function optionsFor(rule: SweepRule, election: Election): TallyOptions {
  if (rule === 'mes') return { rule: 'mes', completion: 'none' };
  if (rule === 'mes+add1') return { rule: 'mes', completion: 'add1' };
  const threshold = election.meta?.min_project_score_threshold;
  return { rule: 'greedy', minScore: threshold === undefined ? undefined : Number(threshold), skipping: election.meta?.rule !== 'greedy-no-skip' };
}

/** Counts every approval file (others are skipped); a file that does not read is reported and skipped. */
export function sweep(files: string[]): { rows: SweepRow[]; skipped: number; unreadable: string[] } {
  const rows: SweepRow[] = [];
  const unreadable: string[] = [];
  let skipped = 0;
  for (const file of files) {
    let election: Election;
    const started = performance.now();
    try {
      election = readPabulib(readFileSync(file, 'utf8'));
    } catch (error) {
      unreadable.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    const readMs = performance.now() - started;
    if (election.voteType !== 'approval') {
      skipped++;
      continue;
    }
    const row: SweepRow = { file, voters: election.ballots.length, projects: election.projects.length, readMs, ms: { greedy: 0, mes: 0, 'mes+add1': 0 }, cpuMs: { greedy: 0, mes: 0, 'mes+add1': 0 }, add1Runs: 0 };
    for (const rule of RULES) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      const result = tally(election, optionsFor(rule, election));
      row.ms[rule] = performance.now() - t;
      const used = process.cpuUsage(cpu);
      row.cpuMs[rule] = (used.user + used.system) / 1000;
      if (rule === 'mes+add1') row.add1Runs = result.mesRuns;
    }
    rows.push(row);
  }
  return { rows, skipped, unreadable };
}

const shortName = (file: string) => file.split('/').pop()!.replace(/\.pb$/, '');
const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));

/** Prints the sweep: a row per file (up to 40 files), then per rule the total, the median and the slowest file. */
export function printSweep(result: ReturnType<typeof sweep>, folders: string[]): void {
  const { rows, skipped, unreadable } = result;
  console.log(`### Pabulib sweep: ${rows.length} approval files (${skipped} of other vote types skipped) from ${folders.join(', ')}\n`);
  if (rows.length <= 40) {
    console.log('| file | voters | projects | read ms | greedy ms | MES ms | MES + Add1 ms (CPU) | Add1 runs |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${shortName(r.file)} | ${r.voters} | ${r.projects} | ${ms(r.readMs)} | ${ms(r.ms.greedy)} | ${ms(r.ms.mes)} | ${ms(r.ms['mes+add1'])} (${ms(r.cpuMs['mes+add1'])}) | ${r.add1Runs} |`);
    console.log('');
  }
  console.log('| rule | files | total s (CPU s) | median ms | slowest file | its ms (CPU) |');
  console.log('|---|---|---|---|---|---|');
  for (const rule of RULES) {
    if (rows.length === 0) break;
    const sorted = [...rows].sort((a, b) => a.ms[rule] - b.ms[rule]);
    const slowest = sorted[sorted.length - 1];
    const total = rows.reduce((sum, r) => sum + r.ms[rule], 0);
    const totalCpu = rows.reduce((sum, r) => sum + r.cpuMs[rule], 0);
    console.log(`| ${rule} | ${rows.length} | ${(total / 1000).toFixed(2)} (${(totalCpu / 1000).toFixed(2)}) | ${ms(sorted[sorted.length >> 1].ms[rule])} | ${shortName(slowest.file)} | ${ms(slowest.ms[rule])} (${ms(slowest.cpuMs[rule])}) |`);
  }
  for (const line of unreadable) console.log(`unreadable, skipped: ${line}`);
  console.log('\nTimes of the tally alone (profile included, the file read apart), one run each, in one process.\n');
}
