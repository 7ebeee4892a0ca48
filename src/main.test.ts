import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** Runs `cocity` as a newcomer would (`npx cocity ...` resolves to bin/cocity.js). */
function cocity(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['bin/cocity.js', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', BASE_URL: '', PORT: '', LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('command line', () => {
  it('migrates an empty database, then finds nothing more to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocity-cli-'));
    const first = cocity(['migrate'], { DATA_DIR: dir });
    expect(first.code).toBe(0);
    expect(first.out).toContain('001_core');
    const again = cocity(['migrate'], { DATA_DIR: dir });
    expect(again.out).toContain('already up to date');
  });

  it('creates a city admin with a one-time password, and promotes an existing account', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocity-cli-'));
    const created = cocity(['admin', 'create', 'Maire@Example.org'], { DATA_DIR: dir });
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/one-time password: \S{12,}/);
    const db = new Database(join(dir, 'cocity.sqlite'), { readonly: true });
    const row = db.prepare('select role, emailVerified from user where email = ?').get('maire@example.org') as { role: string; emailVerified: number };
    const audit = db.prepare("select count(*) as n from audit_log where action = 'role.grant'").get() as { n: number };
    db.close();
    expect(row).toEqual({ role: 'admin', emailVerified: 1 });
    expect(audit.n).toBe(1);
    expect(cocity(['admin', 'create', 'maire@example.org'], { DATA_DIR: dir }).out).toContain('is now a city admin');
    const bad = cocity(['admin', 'create', 'not-an-email'], { DATA_DIR: dir });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Not an email address');
  });

  it('stops on invalid configuration with one line naming the variable', () => {
    const run = cocity(['migrate'], { DATA_DIR: mkdtempSync(join(tmpdir(), 'cocity-cli-')), PORT: 'abc' });
    expect(run.code).toBe(1);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('PORT');
  });

  it('prints usage for an unknown command and exits 2', () => {
    const run = cocity(['dance'], {});
    expect(run.code).toBe(2);
    expect(run.err).toContain('Usage: cocity');
  });
});
