// cocity beside the equalshares.net compute tool (../shared/tools/equalshares/run.cjs) on one file, in the same
// run: MES with Add1 then utilitarian completion, ties by lower cost then more votes, both sides from the file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPabulib, tally } from '../src/engines/budgeting/index.ts';

/** The tool's runner, beside the repository when ../shared is there (never copied into it). */
export const TOOL = new URL('../../shared/tools/equalshares/run.cjs', import.meta.url);
const CPU_WRAPPER = fileURLToPath(new URL('./equalshares-cpu.cjs', import.meta.url));

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** One of our runs: reading the file and the tally, wall and CPU ms. */
export interface OurRun {
  readMs: number;
  readCpuMs: number;
  tallyMs: number;
  tallyCpuMs: number;
  mesRuns: number;
  selected: string[];
}

/** Runs in a child process: the file read and counted `repeat` times; the first run is cold, the others warm. */
export function ourRuns(file: string, repeat: number): OurRun[] {
  const runs: OurRun[] = [];
  for (let i = 0; i < repeat; i++) {
    let started = performance.now();
    let cpu = process.cpuUsage();
    const election = readPabulib(readFileSync(file, 'utf8'));
    const [readMs, readCpuMs] = [performance.now() - started, cpuMs(cpu)];
    started = performance.now();
    cpu = process.cpuUsage();
    const result = tally(election, { rule: 'mes', completion: 'add1', utilitarianCompletion: true, tieBreak: ['cost', 'votes'] });
    runs.push({ readMs, readCpuMs, tallyMs: performance.now() - started, tallyCpuMs: cpuMs(cpu), mesRuns: result.mesRuns, selected: [...result.selected].sort() });
  }
  return runs;
}

/** The tool on the same file: its own timer (reading and computing), the CPU time of its whole process, its winners. */
function toolRun(file: string): { ms: number; cpuMs: number; selected: string[] } | string {
  const out = spawnSync(process.execPath, [CPU_WRAPPER, fileURLToPath(TOOL), file, 'add1u'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) return `the tool failed: ${out.stderr.trim().split('\n').pop()}`;
  const [result, usage] = out.stdout.trim().split('\n').map((line) => JSON.parse(line));
  return { ms: result.ms, cpuMs: usage.cpuMs, selected: [...result.selected].map(String).sort() };
}

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

/** Prints both sides' times and the ratios, and whether the winners are identical. */
export function printToolComparison(file: string, repeat: number, runOurs: (file: string, repeat: number) => OurRun[]): void {
  const name = file.split('/').pop();
  console.log(`### cocity beside the equalshares.net tool: ${name}, MES + Add1 + utilitarian completion\n`);
  if (!existsSync(TOOL)) {
    console.log('../shared/tools/equalshares/run.cjs is not beside the repository: no comparison in this run.\n');
    return;
  }
  const ours = runOurs(file, repeat);
  const tool = toolRun(file);
  if (typeof tool === 'string') {
    console.log(`${tool}\n`);
    return;
  }
  const cold = ours[0];
  // The best run by CPU time, which waiting for a busy core does not inflate.
  const best = ours.reduce((a, b) => (b.readCpuMs + b.tallyCpuMs < a.readCpuMs + a.tallyCpuMs ? b : a));
  const row = (label: string, r: OurRun) => {
    const wall = r.readMs + r.tallyMs;
    const cpu = r.readCpuMs + r.tallyCpuMs;
    const ratio = (theirs: number, ours: number) => `${(theirs / ours).toFixed(1)}×`;
    return `| cocity, ${label} | ${seconds(r.readMs)} + ${seconds(r.tallyMs)} = ${seconds(wall)} | ${seconds(r.readCpuMs)} + ${seconds(r.tallyCpuMs)} = ${seconds(cpu)} | ${ratio(tool.ms, wall)} | ${ratio(tool.cpuMs, cpu)} | ${ratio(tool.ms, r.tallyMs)} | ${ratio(tool.cpuMs, r.tallyCpuMs)} |`;
  };
  console.log('| | wall s (read + count) | CPU s (read + count) | ratio, wall | ratio, CPU | count only: ratio, wall | count only: ratio, CPU |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(`| equalshares.net tool | ${seconds(tool.ms)} (its own timer, reading included) | ${seconds(tool.cpuMs)} (whole process) | | | | |`);
  console.log(row('first run (cold)', cold));
  console.log(row(`best of ${repeat} (by CPU)`, best));
  const same = JSON.stringify(tool.selected) === JSON.stringify(best.selected) && ours.every((r) => JSON.stringify(r.selected) === JSON.stringify(best.selected));
  console.log(`\nWinners: ${same ? `identical (${best.selected.length} projects)` : `DIFFERENT: tool ${tool.selected.join(',')} / cocity ${best.selected.join(',')}`}; cocity made ${best.mesRuns} MES runs.`);
  console.log('Ratios divide the tool\'s time by ours; target ≥ 50× (issue 18). The tool and cocity run one after the other in this');
  console.log('run, each in its own process; on a busy machine compare the CPU columns, which waiting for a core does not inflate.\n');
}
