import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { freePort } from '../test/support/server.ts';

const root = new URL('..', import.meta.url).pathname;

/** The Node flags `npm start` and the shebang of bin/cocity.js give the server (decision 0008; 0009 for one rejected). */
export const serverNodeFlags = ['--max-semi-space-size=8'];

/**
 * Starts `cocity serve` on a prepared data folder and waits until it says it runs (with COCITY_WORKERS > 1,
 * once every worker process listens); COCITY_WORKERS in `env` chooses how many (default: one per core). `checkout`:
 * the folder of the cocity to start (this one by default).
 */
export async function startBenchServer(env: Record<string, string>, checkout = root): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_NODE_ARGS adds Node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...serverNodeFlags, ...nodeArgs, './bin/cocity.js', 'serve'], { cwd: checkout, env: { ...process.env, PORT: String(port), BASE_URL: baseUrl, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let said = '';
  child.stdout!.on('data', (chunk) => (said += chunk));
  for (let i = 0; i < 1200; i++) {
    if (said.includes('cocity is running at')) return { child, baseUrl };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`server did not start: ${said}`);
}

/** CPU seconds a process has used so far (user + system), from /proc (Linux). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the file, 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds a running `cocity serve` has used so far: the process started plus its worker processes (node:cluster). */
export function serverCpuSecondsOf(pid: number): number {
  let total = 0;
  for (const p of serverProcesses(pid)) {
    try {
      total += cpuSecondsOf(p);
    } catch {
      // a worker that ended while we looked: its time is lost to this count, as to any other reader of /proc
    }
  }
  return total;
}

/** The largest resident and peak memory among a running `cocity serve`'s processes, in MB. */
export function serverMemoryOf(pid: number): { rssMb: number; peakMb: number } {
  const all = serverProcesses(pid).map((p) => memoryOf(p));
  return { rssMb: Math.max(...all.map((m) => m.rssMb)), peakMb: Math.max(...all.map((m) => m.peakMb)) };
}

/** Resident and peak memory of a process, in MB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** The processes of a running `cocity serve`: the one started, then its worker processes (node:cluster), if any. */
export function serverProcesses(pid: number): number[] {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
      } catch {
        return false; // ended while we looked
      }
    })
    .map(Number);
  return [pid, ...children];
}

/** One line giving each server process's memory now and at its peak (the primary apart when there are workers). */
export function serverMemoryLine(pid: number): string {
  const [first, ...workers] = serverProcesses(pid).map((p) => memoryOf(p));
  const list = (ms: { rssMb: number; peakMb: number }[]) => `RSS ${ms.map((m) => m.rssMb).join(', ')} MB now, peak ${ms.map((m) => m.peakMb).join(', ')} MB (VmHWM)`;
  if (workers.length === 0) return `server memory (one process): ${list([first])}`;
  return `server memory: ${workers.length} worker processes ${list(workers)}; primary process RSS ${first.rssMb} MB`;
}

export interface LoadResult {
  name: string;
  /** Requests completed during the run (when the caller counted them). */
  requests?: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Loads one URL with autocannon (bounded in time) and returns throughput and latency percentiles. */
export async function load(name: string, url: string, options: { connections?: number; seconds?: number; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string } = {}): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections ?? 50, duration: options.seconds ?? 8, method: options.method ?? 'GET', headers: options.headers, body: options.body });
  return { name, requests: result.requests.total, requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

/** Prints results as a Markdown table. */
export function printTable(title: string, rows: LoadResult[]): void {
  console.log(`${title}\n`);
  console.log('| page | requests/s | p50 ms | p99 ms | errors | non-2xx |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`);
  console.log('');
}
