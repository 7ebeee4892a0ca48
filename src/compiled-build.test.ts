import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build, distDir } from '../scripts/build.js';

describe('the compiled build (dist/)', () => {
  it('finds every file the sources read beside themselves (stylesheets, scripts, the DTPR vocabulary)', async () => {
    await build();
    const targets: string[] = [];
    for (const name of readdirSync(distDir).filter((n) => n.endsWith('.js'))) {
      const text = readFileSync(join(distDir, name), 'utf8');
      for (const [, path] of text.matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)) targets.push(path);
    }
    expect(targets).toEqual(expect.arrayContaining(['../src/web/style.css', '../src/modules/budgets/budget-ballot.js', '../src/modules/registers/sign.css', '../vendor/dtpr/']));
    for (const path of targets) expect(existsSync(fileURLToPath(new URL(path, pathToFileURL(join(distDir, 'main.js'))))), path).toBe(true);
  });

  it('compiles each worker thread (*.worker.ts) into a file of its own that imports no TypeScript', () => {
    const worker = join(distDir, 'workers', 'budget-count.js');
    expect(existsSync(worker)).toBe(true);
    expect(readFileSync(worker, 'utf8')).not.toMatch(/\.tsx?["']/);
  });

  it('loads no TypeScript loader', () => {
    const code = readdirSync(distDir).filter((n) => n.endsWith('.js')).map((n) => readFileSync(join(distDir, n), 'utf8')).join('\n');
    expect(code).not.toMatch(/from ["']tsx/);
    expect(readFileSync(new URL('../bin/cocity.js', import.meta.url), 'utf8')).not.toMatch(/tsx/);
  });
});
