import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../test/support/command.ts';
import { freePort } from '../test/support/server.ts';
import { demoPeople } from './seed/bellerive.ts';

const work = mkdtempSync(join(tmpdir(), 'cocity-workers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Ids of the processes whose parent is `pid` (Linux /proc: the fields after the command name's closing parenthesis). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
      } catch {
        return false; // the process ended while we looked
      }
    })
    .map(Number);
}

/** A process's peak resident memory in MB (VmHWM, Linux /proc). */
const peakMemoryMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Serving {
  child: ChildProcess;
  baseUrl: string;
  dataDir: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

/** Starts `node bin/cocity.js serve` with `workers` processes on a new data folder. */
async function serve(workers: number, env: Record<string, string> = {}): Promise<Serving> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const dataDir = mkdtempSync(join(work, 'data-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['bin/cocity.js', 'serve'], {
    cwd: repositoryRoot,
    env: { ...process.env, DATABASE_URL: '', PORT: String(port), BASE_URL: baseUrl, DATA_DIR: dataDir, COCITY_DEMO: '1', LOG_LEVEL: 'warn', COCITY_WORKERS: String(workers), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, baseUrl, dataDir, stdout: () => out, stderr: () => err, exited };
}

/** Waits until `check` holds (polling every 100 ms), or fails after `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Signs a demo resident in through the form; returns the session cookie. */
async function signIn(baseUrl: string, person: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/account/sign-in`, { method: 'POST', redirect: 'manual', headers: { origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(person).toString() });
  expect(response.status).toBe(303);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** The supports count on a proposal's card in its component's list page. */
async function supportsInList(baseUrl: string, p: { id: string; slug: string; component: string }): Promise<number> {
  const html = await (await fetch(`${baseUrl}/processes/${p.slug}/c/${p.component}`)).text();
  // The card's title link (the list's map also links to each proposal, before the cards).
  const card = html.slice(html.indexOf(`<h3><a href="/proposals/${p.id}"`));
  return Number(/(\d+) soutiens?/.exec(card)?.[1]);
}

/**
 * Each worker remembers list pages for a few seconds; a support recorded by one must clear them in all
 * (the primary passes the news on), or the next lists served by the others show the old count.
 */
async function expectEveryWorkerToSeeASupport(baseUrl: string, proposals: { id: string; slug: string; component: string }[]) {
  const cookie = await signIn(baseUrl, demoPeople.find((p) => p.key === 'sarah')!);
  for (const p of proposals) {
    const before = await Promise.all(Array.from({ length: 6 }, () => supportsInList(baseUrl, p))); // every worker has it in memory now
    const support = await fetch(`${baseUrl}/proposals/${p.id}/support`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    if (support.status !== 303) continue; // not open for supports in the demo, or her own proposal: try the next
    const after = await Promise.all(Array.from({ length: 6 }, () => supportsInList(baseUrl, p)));
    expect(after).toEqual(after.map(() => before[0] + 1));
    return;
  }
  throw new Error('no demo proposal could be supported');
}

describe('cocity serve with COCITY_WORKERS', () => {
  it('runs that many processes on one port, migrated and seeded once, and stops every one cleanly on SIGTERM', async () => {
    const server = await serve(3);
    let workers: number[] = [];
    try {
      await until(() => server.stdout().includes('cocity is running at') || server.child.exitCode !== null);
      expect(server.stderr()).toBe('');
      expect(server.stdout()).toContain('3 server processes');
      expect(server.stdout().match(/Demo accounts/g)).toHaveLength(1);
      expect(server.stdout()).toContain(demoPeople[0].email);
      workers = childrenOf(server.child.pid!);
      expect(workers).toHaveLength(3);
      // The worker that seeded held the seed's memory (~220 MB, the others ~110 MB): a fresh one took its place.
      for (const pid of workers) expect(peakMemoryMb(pid)).toBeLessThan(170);
      const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(`${server.baseUrl}/processes`).then((r) => r.status)));
      expect(new Set(answers)).toEqual(new Set([200]));
      const db = new Database(join(server.dataDir, 'cocity.sqlite'), { readonly: true });
      // Seeded once: each demo account exists exactly once (a second seeding would have added its people again or failed).
      const emails = demoPeople.map((p) => p.email);
      const users = db.prepare(`select count(*) as n from user where email in (${emails.map(() => '?').join(', ')})`).get(...emails) as { n: number };
      const proposals = db.prepare('select p.id, pr.slug, p.component_id as component from proposal p join process pr on pr.id = p.process_id').all() as { id: string; slug: string; component: string }[];
      db.close();
      expect(users.n).toBe(demoPeople.length);
      await expectEveryWorkerToSeeASupport(server.baseUrl, proposals);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    expect(workers.filter(alive)).toEqual([]);
  }, 180_000);

  it('replaces a server process that dies, and keeps answering meanwhile', async () => {
    const server = await serve(2);
    try {
      await until(() => server.stdout().includes('cocity is running at'));
      const [first, second] = childrenOf(server.child.pid!);
      process.kill(first, 'SIGKILL');
      await until(() => !alive(first));
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200); // the other one answers
      await until(() => childrenOf(server.child.pid!).length === 2);
      expect(childrenOf(server.child.pid!)).toContain(second);
      await until(async () => (await fetch(`${server.baseUrl}/healthz`)).status === 200);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  }, 180_000);

  it('stops every process and says why in one line when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const server = await serve(2, { PORT: String(port), COCITY_DEMO: '0' });
      expect(await server.exited).toBe(1);
      const lines = server.stderr().trimEnd().split('\n');
      expect(lines).toEqual([expect.stringContaining(`port ${port} is already in use`)]);
    } finally {
      blocker.close();
    }
  }, 180_000);
});
