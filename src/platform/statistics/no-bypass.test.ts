import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// "No published figure bypasses the engine": modules, views, the CLI and seeds reach the privacy
// engine only through platform/statistics (publishStatistic), and nothing changes the ledger's rows.
const srcDir = new URL('../../', import.meta.url).pathname;
const allowed = ['engines/privacy/', 'platform/statistics/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(srcDir).map((path) => ({ path: relative(srcDir, path), text: readFileSync(path, 'utf8') }));

describe('one way to publish a statistic', () => {
  it('finds the source files it checks', () => {
    expect(files.some((f) => f.path === 'modules/proposals/statistics.ts')).toBe(true);
  });

  it('lets no code outside platform/statistics import the privacy engine', () => {
    const importsEngine = /from\s+['"][^'"]*engines\/privacy(?:\/[^'"]*)?['"]/;
    const offenders = files.filter((f) => !allowed.some((dir) => f.path.startsWith(dir)) && importsEngine.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('has no code that updates or deletes privacy ledger rows', () => {
    const changesLedger = /(updateTable|deleteFrom)\(\s*['"]privacy_release['"]|(update|delete\s+from)\s+"?privacy_release\b/i;
    expect(files.filter((f) => changesLedger.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
