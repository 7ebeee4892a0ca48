// Worker threads for work that would otherwise hold the event loop (counting a large budget).
// A worker's code is a file named `NAME.worker.ts` (NAME unique under src/). Run compiled (`npm start`),
// scripts/build.js makes each such file an entry point of its own, dist/workers/NAME.js; run from the
// sources (tests, benchmarks), the file is compiled on load by tsx, which Node 20 does not pass on from
// the main thread to its workers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

declare global {
  /** True in the compiled build (an esbuild `define` in scripts/build.js); undefined when running the sources. */
  var COCITY_COMPILED: true | undefined;
}

// Where the build puts the compiled workers (rewritten relative to dist/ by the build).
const compiledWorkers = new URL('../../dist/workers/', import.meta.url);

/** Starts a worker thread running a `*.worker.ts` file, given as `new URL('./NAME.worker.ts', import.meta.url)`. */
export function startWorker(file: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const name = file.pathname.split('/').pop() ?? '';
  if (!name.endsWith('.worker.ts')) throw new Error(`${name} is not a worker file (NAME.worker.ts)`);
  if (globalThis.COCITY_COMPILED) return new Worker(new URL(name.replace(/\.worker\.ts$/, '.js'), compiledWorkers), { workerData, resourceLimits });
  const boot = `import(${JSON.stringify(tsxRegisterUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

// The ES module build of tsx's register API (its CommonJS build resolves its own files wrongly when
// imported this way). Found from this file, not in the worker: an eval'd script resolves packages
// from the working directory.
function tsxRegisterUrl(): string {
  const manifest = createRequire(new URL('./worker.ts', import.meta.url)).resolve('tsx/package.json');
  const exports = JSON.parse(readFileSync(manifest, 'utf8')).exports as Record<string, { import: { default: string } }>;
  return new URL(exports['./esm/api'].import.default, pathToFileURL(manifest)).href;
}
