#!/usr/bin/env -S node --max-semi-space-size=1
// Runs cocity's TypeScript sources directly: tsx compiles them on load, so there is no build step to forget.
// The small young generation (the flag above, repeated in package.json's start script) cut the server's RSS
// under the home-page load of bench/pages.ts from ~250 MB to ~180 MB for about 10 % of throughput; pages
// that render much more (a proposal with 200 comments) still reach ~300 MB.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
