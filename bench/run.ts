/** `npm run bench [name...]`: runs each benchmark in its own process (so memory figures do not mix) and prints its tables. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const all = ['pages', 'proposals', 'pb', 'opinion', 'privacy', 'ballots', 'indicators', 'surveys', 'start', 'uploads', 'compass', 'observations', 'maps'];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
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
process.exit(failed ? 1 : 0);
