// @ts-check
// Compiles src/ into dist/ with esbuild, so `npm start` and the `cocity` command run plain JavaScript without a
// TypeScript loader (see docs/decisions/0003-compiled-start.md). Plain JavaScript itself, so bin/cocity.js can
// check and rebuild without a loader. `node scripts/build.js` (npm's prepare script) builds from scratch.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');
/** Where the compiled JavaScript goes (git-ignored). */
export const distDir = join(root, 'dist');
const stampFile = join(distDir, 'build-stamp');
const assetUrl = /new URL\((['"])([^'"\n]+)\1, import\.meta\.url\)/g;

/** A fingerprint of what the build reads: every non-test file under src/ (path, size, time), tsconfig.json and this script. */
export function sourceFingerprint() {
  const hash = createHash('sha1');
  const add = (/** @type {string} */ path) => {
    const stat = statSync(path);
    hash.update(`${relative(root, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/\.test\.tsx?$/.test(entry.name)) add(path);
    }
  };
  walk(srcDir);
  add(join(root, 'tsconfig.json'));
  add(fileURLToPath(import.meta.url));
  return hash.digest('hex');
}

/** The fingerprint of the sources dist/ was built from, or null when there is no build. */
function builtFingerprint() {
  try {
    return readFileSync(stampFile, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Source files read at run time are addressed as `new URL('./file', import.meta.url)`. In dist/ every module sits
 * in one folder, so each such address is rewritten relative to dist/; any other use of import.meta stops the build.
 * @returns {import('esbuild').Plugin}
 */
function rebaseAssetUrls() {
  return {
    name: 'rebase-asset-urls',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        if (!args.path.startsWith(srcDir + sep)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta')) return undefined;
        const rebased = text.replace(assetUrl, (_, _quote, path) => {
          const target = resolve(dirname(args.path), path);
          const fromDist = relative(distDir, target).split(sep).join('/') + (path.endsWith('/') ? '/' : '');
          return `new URL(${JSON.stringify(fromDist)}, import.meta.url)`;
        });
        if (rebased.replace(assetUrl, '').includes('import.meta')) {
          throw new Error(`${relative(root, args.path)} uses import.meta otherwise than new URL('relative/path', import.meta.url): the build cannot move it to dist/`);
        }
        return { contents: rebased, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}

/**
 * Every `NAME.worker.ts` under src/, as the entry point `workers/NAME`: a worker thread loads one file, so each
 * worker is compiled into a file of its own (src/platform/worker.ts starts it from dist/workers/).
 */
function workerEntryPoints() {
  /** @type {Record<string, string>} */
  const entries = {};
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.worker.ts')) {
        const name = `workers/${entry.name.slice(0, -'.worker.ts'.length)}`;
        if (entries[name]) throw new Error(`two worker files are named ${entry.name}: ${entries[name]} and ${relative(root, path)}`);
        entries[name] = relative(root, path);
      }
    }
  };
  walk(srcDir);
  return entries;
}

/** Writes a file under a temporary name, then renames it: a reader sees the old file or the new one, never half. */
function writeAtomically(/** @type {string} */ path, /** @type {Uint8Array | string} */ contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * Builds dist/ when the sources changed since the last build (always when `clean`, which empties dist/ first).
 * Several processes may build at once: chunks are named by their content and written before the entry point,
 * so a process starting meanwhile loads either the previous build or the new one whole. Returns true if it built.
 */
export async function build({ clean = false } = {}) {
  const fingerprint = sourceFingerprint();
  if (!clean && builtFingerprint() === fingerprint) return false;
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts', ...workerEntryPoints() },
    outdir: distDir,
    bundle: true,
    splitting: true, // each command loads only what it imports: `pb tally` never loads the web server
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    keepNames: true,
    sourcemap: 'linked', // NODE_OPTIONS=--enable-source-maps shows TypeScript lines in stack traces
    sourcesContent: false,
    chunkNames: '[name]-[hash]',
    write: false,
    logLevel: 'silent',
    plugins: [rebaseAssetUrls()],
    define: { 'globalThis.COCITY_COMPILED': 'true' }, // src/platform/worker.ts starts compiled workers
  });
  await esbuild.stop(); // its service process would otherwise live on beside the server that just built
  if (clean) rmSync(distDir, { recursive: true, force: true });
  const entry = join(distDir, 'main.js');
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  for (const file of outputs) writeAtomically(file.path, file.contents);
  writeAtomically(stampFile, fingerprint);
  return true;
}

/** One line saying why the build failed and what to do (a syntax error names its file and line). */
export function describeBuildFailure(/** @type {any} */ error) {
  const first = error?.errors?.[0];
  const where = first?.location ? `${first.location.file}:${first.location.line}:${first.location.column}: ` : '';
  const cause = first ? `${where}${first.text}` : String(error?.message ?? error).split('\n')[0];
  return `cocity: cannot compile the sources into dist/ (${cause}): fix the sources, or run \`npm run build\` as the owner of ${root}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await build({ clean: true });
  process.stdout.write(`cocity: compiled src/ into dist/ in ${Math.round(performance.now() - started)} ms\n`);
}
