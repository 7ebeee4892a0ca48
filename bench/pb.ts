// Benchmark of the budgeting engine on every Pabulib file of ../shared/data (or the fixtures): time and peak memory per rule.
// Usage: node --import tsx bench/pb.ts [--repeat N]
// Each measurement runs in its own child process (this file with --child), so peak memory
// (process.resourceUsage().maxRSS) belongs to that one run and not to earlier ones.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { readPabulib, tally, type TallyOptions } from '../src/engines/budgeting/index.ts';
import { benchData, benchDataLine } from './data.ts';

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

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2] as Rule, Number(args[3]));
  const repeat = args[0] === '--repeat' ? Number(args[1]) : 1;
  const DATA = fileURLToPath(benchData('pabulib'));
  console.log(benchDataLine('pabulib'));
  console.log(`Peak memory: maxRSS of a fresh child process (node --import tsx) per measurement; "read-only" is the`);
  console.log(`baseline (Node + tsx + the parsed file). Time: tally() including profile building, excluding file`);
  console.log(`reading (read ms shown separately); best of ${repeat} run(s) in the same child; "wall (cpu)" ms, CPU time`);
  console.log(`being immune to waiting for a busy CPU. Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}.`);
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
  console.log('\nReference (reported in the issue, not measured in this run: the equalshares.net tool and pabutools cannot be fetched');
  console.log('on this machine, whose network reaches only the npm and Debian registries): Warsaw 2026, MES+Add1 about 24 s in the');
  console.log('equalshares.net compute tool (plain JavaScript); one MES run without completion about 18 s in pabutools (Python).');
}

main();
