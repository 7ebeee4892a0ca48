// The whole `cocity opinion analyze` command on the 1,000,000-vote export: the real CLI in a child
// process, timed from spawn to exit, with its peak memory and CPU time reported by the child itself.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onePointMillionVoteExport } from './opinion-export.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 3;

/** Node flags from bin/cocity.js's `#!/usr/bin/env -S node …` line, so `node bin/cocity.js` runs as `npx cocity` does. */
export function shebangFlags(): string[] {
  const first = readFileSync(join(root, 'bin/cocity.js'), 'utf8').split('\n')[0];
  const match = /^#!\/usr\/bin\/env -S node(.*)$/.exec(first);
  return match ? match[1].trim().split(/\s+/).filter(Boolean) : [];
}

interface Run {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

// Loaded first in the child: on exit it writes its own resource usage to fd 3, which the parent reads.
const probe = `data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';process.on('exit',()=>{const r=process.resourceUsage();writeSync(3,JSON.stringify({cpu:(r.userCPUTime+r.systemCPUTime)/1000,rss:r.maxRSS/1024}))})",
)}`;

/** Runs `node ARGS` in the repository and returns its wall time, and the CPU time and peak RSS it reports itself. */
export function runOnce(args: string[], env: Record<string, string> = {}): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', probe, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited with ${child.status}: ${child.stderr}`);
  const usage = JSON.parse(String(child.output[3]));
  return { wallMs, cpuMs: usage.cpu, peakMb: usage.rss };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs each way of starting the CLI RUNS times on the export and returns the table (medians). */
export function cliTable(): string {
  const dir = onePointMillionVoteExport();
  const megabytes = statSync(join(dir, 'votes.csv')).size / 1e6;
  const command = ['opinion', 'analyze', dir, '--json'];
  const ways: [string, string[]][] = [
    ['node bin/cocity.js (as `npx cocity` starts: compiled dist/)', [...shebangFlags(), 'bin/cocity.js', ...command]],
    ['TypeScript loader (node --import tsx src/main.ts)', ['--import', 'tsx', 'src/main.ts', ...command]],
    ['node bin/cocity.js, start-up only (opinion --help)', [...shebangFlags(), 'bin/cocity.js', 'opinion', '--help']],
  ];
  const rows = ways.map(([name, args]) => {
    runOnce(args); // warm the file cache and the compile cache
    const runs = Array.from({ length: RUNS }, () => runOnce(args));
    return [name, median(runs.map((r) => r.wallMs)).toFixed(0), median(runs.map((r) => r.cpuMs)).toFixed(0), Math.max(...runs.map((r) => r.peakMb)).toFixed(0)];
  });
  const header = ['command', 'wall ms (median)', 'CPU ms (median)', 'peak RSS MB (max)'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  const load = loadavg().map((x) => x.toFixed(1)).join(', ');
  return [
    `\`cocity opinion analyze DIR --json\` on ${dir}: votes.csv ${megabytes.toFixed(1)} MB, 1,000,000 votes by 100,000 participants on 2,000 statements (${RUNS} runs each after one warm-up).`,
    `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${load} when the table was made: wall time counts waiting for a core, CPU time does not.`,
    '',
    ...lines,
  ].join('\n');
}
