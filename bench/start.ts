/**
 * Start-up benchmark: `cocity pb tally` on a 14-project file, and `cocity serve` until /healthz answers, with its memory.
 * COCITY_BENCH_ROOT=/path/to/another/checkout measures that checkout's bin/cocity.js instead (to compare two versions).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryOf, serverNodeFlags } from './server.ts';

const root = process.env.COCITY_BENCH_ROOT || fileURLToPath(new URL('..', import.meta.url));
const assen = fileURLToPath(new URL('../test/fixtures/pabulib/Netherlands_Assen_2024.pb', import.meta.url));
const runs = 7;

/** Median of a list of durations, in seconds with two decimals. */
function median(seconds: number[]): string {
  return [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)].toFixed(2);
}

/** Median wall time, fastest wall time and median CPU time of runs, as table cells. */
function summary(runs: { wall: number; cpu?: number }[]): string {
  const fastest = Math.min(...runs.map((r) => r.wall)).toFixed(2);
  const cpu = runs[0].cpu === undefined ? '–' : median(runs.map((r) => r.cpu!));
  return `${median(runs.map((r) => r.wall))} | ${fastest} | ${cpu}`;
}

/** Wall and CPU (user + system) time of one command run to its end, in seconds; throws if it fails. */
function timed(command: string, args: string[], env: Record<string, string> = {}): { wall: number; cpu: number } {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const run = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${run.status}`);
  const wall = (performance.now() - started) / 1000;
  return { wall, cpu: childrenCpuSeconds() - cpuBefore };
}

/** CPU time (user + system) of this process's finished children, from /proc (Linux; clock ticks of 1/100 s). */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** CPU time (user + system) a running process has used so far, from /proc (Linux). */
function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts `cocity serve`, polls /healthz every 10 ms, and returns the time to the first 200 and the idle memory. */
async function timeServeStart(dataDir: string, port: number): Promise<{ seconds: number; cpu: number; rssMb: number }> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...serverNodeFlags, 'bin/cocity.js', 'serve'], { cwd: root, env: { ...process.env, PORT: String(port), BASE_URL: baseUrl, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', COCITY_WORKERS: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (let i = 0; i < 3000; i++) {
      const ok = await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false);
      if (ok) {
        const seconds = (performance.now() - started) / 1000;
        const cpu = processCpuSeconds(child.pid!);
        await new Promise((r) => setTimeout(r, 500)); // let start-up garbage settle before reading RSS
        return { seconds, cpu, rssMb: memoryOf(child.pid!).rssMb };
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('server did not answer /healthz within 30 s');
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const tally = Array.from({ length: runs }, () => timed(process.execPath, ['bin/cocity.js', 'pb', 'tally', assen]));
const viaShebang = Array.from({ length: runs }, () => timed(join(root, 'bin/cocity.js'), ['pb', 'tally', assen]));
const viaNpx = Array.from({ length: 3 }, () => timed('npx', ['cocity', 'pb', 'tally', assen]));
// What no command can go under: Node starting and stopping, and npx starting a package's bin that does nothing.
const nodeAlone = Array.from({ length: runs }, () => timed(process.execPath, ['-e', '0']));
const npxAlone = Array.from({ length: 3 }, () => timed('npx', ['--no-install', 'semver', '1.0.0']));

const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-start-'));
const starts: { seconds: number; cpu: number; rssMb: number }[] = [];
try {
  timed(process.execPath, ['bin/cocity.js', 'seed'], { DATA_DIR: dataDir, DATABASE_URL: '' });
  const port = 3990 + Math.floor(Math.random() * 9);
  for (let i = 0; i < 5; i++) starts.push(await timeServeStart(dataDir, port));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const { cpus, loadavg } = await import('node:os');
console.log(`Start-up of ${root}: wall time (median and fastest) and CPU time (user + system, median, which waiting for a busy`);
console.log(`CPU does not inflate), in seconds. ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end.\n`);
console.log('| what | runs | median s | fastest s | CPU s |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| \`node bin/cocity.js pb tally\` Assen 2024 (14 projects, 84 ballots) | ${runs} | ${summary(tally)} |`);
console.log(`| \`bin/cocity.js pb tally\` through its shebang (an installed \`cocity\`), same file | ${runs} | ${summary(viaShebang)} |`);
console.log(`| \`npx cocity pb tally\` same file | ${viaNpx.length} | ${summary(viaNpx)} |`);
console.log(`| reference: \`node -e 0\` (Node alone) | ${runs} | ${summary(nodeAlone)} |`);
console.log(`| reference: \`npx semver 1.0.0\` (npx and a package bin that does almost nothing) | ${npxAlone.length} | ${summary(npxAlone)} |`);
console.log(`| \`cocity serve\` (one server process) until /healthz answers (SQLite, demo city already seeded) | ${starts.length} | ${summary(starts.map((s) => ({ wall: s.seconds, cpu: s.cpu })))} |`);
console.log(`\nserver RSS just after start (idle): ${starts.map((s) => s.rssMb).join(', ')} MB`);
console.log('target: pb tally < 0.3 s on a quiet machine (issue 18)');
