/** `npm run bench [name...]`: runs each benchmark in its own process (so memory figures do not mix) and prints its tables. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';

const all = ['pages', 'proposals', 'pb', 'opinion', 'privacy', 'ballots', 'indicators', 'surveys', 'start', 'uploads', 'compass', 'observations', 'maps'];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
// The conditions every table below was measured in: its figures mean little without them.
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
})();
const [one, five] = os.loadavg();
console.log(`# npm run bench — ${new Date().toISOString()}, commit ${commit}`);
console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${one.toFixed(2)} (1 min) / ${five.toFixed(2)} (5 min) at the start`);
const began = performance.now();
let failed = false;
for (const name of chosen) {
  const file = new URL(`./${name}.ts`, import.meta.url).pathname;
  if (!existsSync(file)) {
    console.error(`No benchmark named ${name} (have: ${all.join(', ')})`);
    failed = true;
    continue;
  }
  console.log(`\n## bench/${name}.ts\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
console.log(`\nwhole run: ${((performance.now() - began) / 60_000).toFixed(1)} min, load average ${os.loadavg()[0].toFixed(2)} at the end`);
process.exit(failed ? 1 : 0);
