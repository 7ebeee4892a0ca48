import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runCommand, type CommandRun } from '../test/support/command.ts';

// Every folder a test makes (data folders, copies of the installation) goes under this one, removed at the end.
const work = mkdtempSync(join(tmpdir(), 'cocity-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dataDir = () => mkdtempSync(join(work, 'data-'));

/** A copy of the installation made of `entries` only (as a user might get it wrong), sharing node_modules. */
function copyOfInstallation(entries: string[]): string {
  const install = mkdtempSync(join(work, 'install-'));
  for (const entry of entries) cpSync(join(repositoryRoot, entry), join(install, entry), { recursive: true });
  symlinkSync(join(repositoryRoot, 'node_modules'), join(install, 'node_modules'));
  return install;
}

/** A start that cannot work: exit code 1 and one line on stderr, without a stack trace. */
function expectOneLineFailure(run: CommandRun): string {
  expect(run.code).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^cocity: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return lines[0];
}

describe('a start that cannot work says why in one line', () => {
  it('names the invalid variable and what to do', async () => {
    const line = expectOneLineFailure(await runCommand(['serve'], { env: { DATA_DIR: dataDir(), PORT: 'abc' } }));
    expect(line).toContain('PORT');
    expect(line).toContain('set it right in the environment');
  });

  it('names the PostgreSQL server it cannot reach, and keeps the stack for the debug log', async () => {
    const run = await runCommand(['serve'], { env: { DATA_DIR: dataDir(), DATABASE_URL: 'postgres://cocity:secret@127.0.0.1:1/cocity', LOG_LEVEL: 'debug' } });
    const line = expectOneLineFailure(run);
    expect(line).toContain('cannot reach PostgreSQL at 127.0.0.1:1 (connection refused)');
    expect(line).toContain('DATABASE_URL');
    expect(line).not.toContain('secret');
    const logged = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; err?: { stack: string } });
    expect(logged.find((l) => l.level === 20)?.err?.stack).toContain('ECONNREFUSED');
  });

  it('names the port that another program holds', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const line = expectOneLineFailure(await runCommand(['serve'], { env: { DATA_DIR: dataDir(), PORT: String(port) } }));
      expect(line).toContain(`port ${port} is already in use`);
      expect(line).toContain('PORT=');
    } finally {
      blocker.close();
    }
  });

  it('names the missing file of an incomplete installation (a clone without vendor/) and says to install again', async () => {
    const install = copyOfInstallation(['bin', 'scripts', 'src', 'package.json', 'tsconfig.json']);
    const line = expectOneLineFailure(await runCommand(['serve'], { cwd: install, env: { DATA_DIR: dataDir() } }));
    expect(line).toContain(join(install, 'vendor', 'dtpr'));
    expect(line).toContain('npm ci');
  }, 120_000);

  it('names the file and line of a source that does not compile', async () => {
    const install = copyOfInstallation(['bin', 'scripts', 'src', 'vendor', 'package.json', 'tsconfig.json']);
    appendFileSync(join(install, 'src', 'config.ts'), '\nexport const broken: number = ;\n');
    const line = expectOneLineFailure(await runCommand(['serve'], { cwd: install, env: { DATA_DIR: dataDir() } }));
    expect(line).toMatch(/cannot compile the sources into dist\/ \(src\/config\.ts:\d+:\d+: /);
  }, 120_000);
});
