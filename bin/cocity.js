#!/usr/bin/env -S node --max-semi-space-size=1
// Runs cocity's compiled JavaScript (dist/, made by `npm install` through the prepare script); when the sources
// changed since that build (a `git pull`, an edit), it compiles them again first, in about a second.
// No TypeScript loader runs in production: it cost ~60 MB of RSS and ~2 s of start (docs/decisions/0003-compiled-start.md).
// The small young generation (the flag above, repeated in package.json's start script) cut the server's RSS
// under the home-page load of bench/pages.ts from ~250 MB to ~180 MB for about 10 % of throughput.
import { build, describeBuildFailure } from '../scripts/build.js';

try {
  await build();
} catch (error) {
  process.stderr.write(describeBuildFailure(error) + '\n');
  process.exit(1);
}
await import('../dist/main.js');
