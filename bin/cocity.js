#!/usr/bin/env -S node --max-semi-space-size=8
// Runs cocity's compiled JavaScript (dist/, made by `npm install` through the prepare script); when the sources
// changed since that build (a `git pull`, an edit), it compiles them again first, in about a second.
// No TypeScript loader runs in production: it cost ~60 MB of RSS and ~2 s of start (docs/decisions/0003-compiled-start.md).
// The young generation of 8 MB per semi-space (the flag above, repeated in package.json's start script and in
// bench/server.ts): 1 MB held RSS down under the old TypeScript loader, but now costs a third more CPU per page
// and no less memory; measured side by side in docs/decisions/0008-young-generation.md.
import { build, describeBuildFailure } from '../scripts/build.js';

try {
  await build();
} catch (error) {
  process.stderr.write(describeBuildFailure(error) + '\n');
  process.exit(1);
}
await import('../dist/main.js');
