import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** A real cocity server (the `serve` command) on a free port with its own data folder. */
export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** Whether the process is still running. */
  alive(): boolean;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM (as a process manager would) and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Kills the server and its workers at once with SIGKILL, as a crash or an out-of-memory kill would (needs `crashable`). */
  crash(): Promise<void>;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts `bin/cocity.js serve` (what `npx cocity serve` runs, with its Node flags) with the demo city and waits for /healthz.
 * With `dataDir`, it runs on that folder (a server started again on the same data) and leaves it in place at its stop.
 * `crashable` starts it in a process group of its own, so `crash()` can kill the supervisor and its workers together.
 */
export async function startServer(env: Record<string, string> = {}, options: { dataDir?: string; crashable?: boolean } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cocity-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn('./bin/cocity.js', ['serve'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', PORT: String(port), BASE_URL: baseUrl, DATA_DIR: dataDir, COCITY_DEMO: '1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.crashable === true,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    dataDir,
    alive: () => child.exitCode === null && child.signalCode === null,
    output: () => output,
    async crash() {
      if (!options.crashable) throw new Error('crash() needs startServer(..., { crashable: true })');
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
    async stop() {
      let code = child.exitCode;
      if (code === null && child.signalCode === null) {
        const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
        child.kill('SIGTERM');
        code = await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
