import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'cocity-config-'));

describe('configuration', () => {
  it('defaults to SQLite under DATA_DIR, port 3000, French, demo on', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.databaseUrl).toBe(`sqlite:${join(dir, 'cocity.sqlite')}`);
    expect(config.port).toBe(3000);
    expect(config.baseUrl).toBe('http://localhost:3000');
    expect(config.defaultLocale).toBe('fr');
    expect(config.demo).toBe(true);
    expect(config.smtpUrl).toBeNull();
  });

  it('reads TRUST_PROXY as the number of reverse proxies in front (0 by default)', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).trustProxy).toBe(0);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('reads SECURITY_CONTACT as a contact address for security.txt (an email becomes mailto:)', () => {
    const dir = dataDir();
    try {
      expect(loadConfig({ DATA_DIR: dir }).securityContact).toBeNull();
      expect(loadConfig({ DATA_DIR: dir, SECURITY_CONTACT: 'securite@ville.example' }).securityContact).toBe('mailto:securite@ville.example');
      for (const kept of ['mailto:securite@ville.example', 'https://ville.example/securite', 'tel:+33-1-23-45-67-89']) {
        expect(loadConfig({ DATA_DIR: dir, SECURITY_CONTACT: kept }).securityContact).toBe(kept);
      }
      for (const refused of ['http://ville.example/securite', 'securite', 'https://ville.example/a b', 'javascript:alert(1)']) {
        expect(() => loadConfig({ DATA_DIR: dir, SECURITY_CONTACT: refused }), refused).toThrow(/SECURITY_CONTACT must be an email address/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs one server process per core, one under tests, or COCITY_WORKERS', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).workers).toBe(availableParallelism());
    expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'test' }).workers).toBe(1);
    expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'test', COCITY_WORKERS: '3' }).workers).toBe(3);
  });

  it('generates AUTH_SECRET on first start, stores it privately and reuses it', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.authSecret.length).toBeGreaterThanOrEqual(40);
    expect(readFileSync(join(dir, 'auth-secret'), 'utf8').trim()).toBe(first.authSecret);
    expect(statSync(join(dir, 'auth-secret')).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dir }).authSecret).toBe(first.authSecret);
    expect(loadConfig({ DATA_DIR: dataDir() }).authSecret).not.toBe(first.authSecret);
  });

  it('generates the verification key apart from the auth secret, privately, unless VERIFICATION_KEY is set', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.verificationKey.length).toBeGreaterThanOrEqual(40);
    expect(first.verificationKey).not.toBe(first.authSecret);
    expect(statSync(join(dir, 'verification-key')).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dir }).verificationKey).toBe(first.verificationKey);
    expect(loadConfig({ DATA_DIR: dir, VERIFICATION_KEY: 'k'.repeat(32) }).verificationKey).toBe('k'.repeat(32));
    expect(() => loadConfig({ DATA_DIR: dir, VERIFICATION_KEY: 'short' })).toThrow(/VERIFICATION_KEY/);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET'],
    [{ SMTP_URL: 'mail.example' }, 'SMTP_URL'],
    [{ DEFAULT_LOCALE: 'de' }, 'DEFAULT_LOCALE'],
    [{ COCITY_DEMO: 'yes' }, 'COCITY_DEMO'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY'],
    [{ BASE_URL: 'not a url' }, 'BASE_URL'],
    [{ COCITY_WORKERS: '0' }, 'COCITY_WORKERS'],
    [{ COCITY_WORKERS: 'all' }, 'COCITY_WORKERS'],
  ])('stops with a one-line message naming the variable for %o', (env, variable) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dataDir(), ...env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(variable);
    expect(message).not.toContain('\n');
  });

  it('accepts PostgreSQL and explicit SQLite URLs', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u:p@db:5432/cocity' }).databaseUrl).toBe('postgres://u:p@db:5432/cocity');
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).databaseUrl).toBe('sqlite:/tmp/x.sqlite');
  });
});
