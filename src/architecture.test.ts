import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const options = (transform: boolean) => ({ context: root, tsconfig: `${root}tsconfig.json`, extensions: ['.ts', '.tsx'], exclude: /node_modules/, transform });

let runtime: DependencyTree;
let everything: DependencyTree;
beforeAll(async () => {
  // transform: true strips type-only imports (they vanish at run time); false keeps them.
  [runtime, everything] = await Promise.all([parseDependencyTree('src/**/!(*.test).{ts,tsx}', options(true)), parseDependencyTree('src/**/!(*.test).{ts,tsx}', options(false))]);
}, 120_000);

/** Every import edge, as repository-relative paths (`src/...`). */
function edges(tree: DependencyTree): [from: string, to: string][] {
  return Object.entries(tree).flatMap(([from, deps]) => (deps ?? []).filter((d) => d.id).map((d): [string, string] => [relative(root, from), relative(root, d.id!)]));
}

const layer = (file: string) => file.split('/')[1];
// src/modules/<name>/...: files directly in src/modules (the list and its installer) belong to no module.
const moduleOf = (file: string) => (file.startsWith('src/modules/') && file.split('/').length > 3 ? file.split('/')[2] : null);

describe('the import graph of src/', () => {
  it('has no runtime import cycle', () => {
    expect(parseCircular(runtime).map((cycle) => cycle.map((f) => relative(root, f)).join(' -> '))).toEqual([]);
  });

  it('never imports the modules from platform, db, web or engines (types included)', () => {
    const upward = edges(everything).filter(([from, to]) => ['platform', 'db', 'web', 'engines'].includes(layer(from)) && layer(to) === 'modules');
    expect(upward).toEqual([]);
  });

  it('keeps the engines pure: they import only other engine files and Node built-ins', () => {
    const outside = edges(everything).filter(([from, to]) => layer(from) === 'engines' && to.startsWith('src/') && layer(to) !== 'engines');
    expect(outside).toEqual([]);
  });

  it('lets a module use another only through its index.ts', () => {
    const deep = edges(everything).filter(([from, to]) => {
      const [a, b] = [moduleOf(from), moduleOf(to)];
      return a !== null && b !== null && a !== b && !to.endsWith(`/modules/${b}/index.ts`);
    });
    expect(deep).toEqual([]);
  });
});
