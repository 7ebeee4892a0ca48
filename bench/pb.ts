// Benchmark of the budgeting engine, in three parts:
// 1. cocity beside the equalshares.net tool on Warsaw 2026 (both times, the ratio, the winners compared);
// 2. the Pabulib sweep: every approval file of ../shared/data/pabulib (or the fixtures) and of any folder
//    given, by greedy, MES and MES + Add1, with the slowest file of each rule named;
// 3. time and peak memory per rule and file, each measurement in its own child process (this file with
//    --child), so peak memory (process.resourceUsage().maxRSS) belongs to that one run.
// Usage: node --import tsx bench/pb.ts [--repeat N] [FOLDER...]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { readPabulib, tally, type TallyOptions } from '../src/engines/budgeting/index.ts';
import { benchData, benchDataLine } from './data.ts';
import { printSweep, pabulibFiles, sweep } from './pb-sweep.ts';
import { ourRuns, printToolComparison, type OurRun } from './pb-tool.ts';

const RULES = ['read-only', 'greedy', 'mes', 'mes+add1', 'phragmen'] as const;
type Rule = (typeof RULES)[number];

interface Measurement {
  readMs: number;
  /** Best of the repeats of the tally itself (profile building included, file reading excluded). */
  tallyMs: number;
  /** User+system CPU time of that same best run: unaffected by waiting for a busy CPU. */
  tallyCpuMs: number;
  exactRuns: number;
  maxRssMb: number;
  selected: number;
  runs: number;
}

function optionsFor(rule: Rule, meta: Record<string, string> | undefined): TallyOptions {
  if (rule === 'greedy') {
    const threshold = meta?.min_project_score_threshold;
    return { rule: 'greedy', minScore: threshold === undefined ? undefined : Number(threshold), skipping: meta?.rule !== 'greedy-no-skip' };
  }
  if (rule === 'mes') return { rule: 'mes', completion: 'none' };
  if (rule === 'mes+add1') return { rule: 'mes', completion: 'add1' };
  return { rule: 'phragmen' };
}

function child(file: string, rule: Rule, repeat: number): void {
  let started = performance.now();
  const election = readPabulib(readFileSync(file, 'utf8'));
  const readMs = performance.now() - started;
  let tallyMs = Infinity;
  let tallyCpuMs = 0;
  let selected = 0;
  let runs = 0;
  let exactRuns = 0;
  for (let i = 0; i < (rule === 'read-only' ? 0 : repeat); i++) {
    started = performance.now();
    const cpu = process.cpuUsage();
    const result = tally(election, optionsFor(rule, election.meta));
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - started;
    if (ms < tallyMs) [tallyMs, tallyCpuMs] = [ms, (used.user + used.system) / 1000];
    selected = result.selected.length;
    runs = result.mesRuns;
    exactRuns = result.exactRuns;
  }
  const m: Measurement = { readMs, tallyMs: rule === 'read-only' ? 0 : tallyMs, tallyCpuMs, exactRuns, maxRssMb: process.resourceUsage().maxRSS / 1024, selected, runs };
  process.stdout.write(JSON.stringify(m));
}

function measure(file: string, rule: Rule, repeat: number): Measurement {
  const out = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, rule, String(repeat)], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${file} ${rule}: ${out.stderr}`);
  return JSON.parse(out.stdout) as Measurement;
}

// Our side of the tool comparison, in a fresh child process as the tool runs in its own.
function ourRunsInChild(file: string, repeat: number): OurRun[] {
  const out = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--tool-child', file, String(repeat)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) throw new Error(`${file}: ${out.stderr}`);
  return JSON.parse(out.stdout) as OurRun[];
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2] as Rule, Number(args[3]));
  if (args[0] === '--tool-child') return void process.stdout.write(JSON.stringify(ourRuns(args[1], Number(args[2]))));
  const repeat = args[0] === '--repeat' ? Number(args[1]) : 1;
  const folders = args.slice(args[0] === '--repeat' ? 2 : 0);
  const DATA = fileURLToPath(benchData('pabulib'));
  console.log(benchDataLine('pabulib'));
  console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at the start.\n`);

  printToolComparison(DATA + 'Poland_Warszawa_2026.pb', Math.max(repeat, 3), ourRunsInChild);
  const sweepFolders = [DATA, ...folders];
  printSweep(sweep(pabulibFiles(sweepFolders)), sweepFolders);

  console.log('### Time and peak memory per rule and file\n');
  console.log(`Peak memory: maxRSS of a fresh child process (node --import tsx) per measurement; "read-only" is the`);
  console.log(`baseline (Node + tsx + the parsed file). Time: tally() including profile building, excluding file`);
  console.log(`reading (read ms shown separately); best of ${repeat} run(s) in the same child; "wall (cpu)" ms, CPU time`);
  console.log(`being immune to waiting for a busy CPU.`);
  console.log('');
  const header = ['file', 'voters', 'projects', 'read ms', 'base MB', ...RULES.slice(1).flatMap((r) => [`${r} ms`, `${r} MB`]), 'add1 runs (exact)'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const name of readdirSync(DATA).filter((f) => f.endsWith('.pb')).sort()) {
    const file = DATA + name;
    const election = readPabulib(readFileSync(file, 'utf8'));
    const row: string[] = [name.replace(/\.pb$/, ''), String(election.ballots.length), String(election.projects.length)];
    const base = measure(file, 'read-only', 1);
    row.push(base.readMs.toFixed(0), base.maxRssMb.toFixed(0));
    let add1Runs = '';
    for (const rule of RULES.slice(1)) {
      const m = measure(file, rule, repeat);
      row.push(`${m.tallyMs.toFixed(0)} (${m.tallyCpuMs.toFixed(0)})`, m.maxRssMb.toFixed(0));
      if (rule === 'mes+add1') add1Runs = `${m.runs} (${m.exactRuns})`;
    }
    row.push(add1Runs);
    console.log(`| ${row.join(' | ')} |`);
  }
  console.log(`\nLoad average ${os.loadavg()[0].toFixed(1)} at the end.`);
}

main();
