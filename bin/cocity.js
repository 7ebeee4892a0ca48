#!/usr/bin/env -S node --max-semi-space-size=1
// Runs cocity's TypeScript sources directly: tsx compiles them on load, so there is no build step to forget.
// The small young generation (the flag above, repeated in package.json's start script) keeps the server near
// 150 MB under load for a few percent of throughput, as measured with bench/pages.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
