import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CommandRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a real process to its end and collects its output: `shell` through `sh -c` when given (so a test can
 * pipe it), else `node bin/cocity.js args…` in `cwd` (the repository unless told). A process still running
 * after `timeoutMs` (a server that started when it should not have) is killed, and its code is null.
 */
export function runCommand(args: string[], options: { env?: Record<string, string>; cwd?: string; shell?: string; timeoutMs?: number } = {}): Promise<CommandRun> {
  const [command, argv] = options.shell ? ['sh', ['-c', options.shell, 'sh', ...args]] : [process.execPath, ['bin/cocity.js', ...args]];
  const child = spawn(command, argv, {
    cwd: options.cwd ?? repositoryRoot,
    env: { ...process.env, DATABASE_URL: '', BASE_URL: '', PORT: '', LOG_LEVEL: 'info', COCITY_DEMO: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}
