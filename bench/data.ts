/** Where benchmarks read real data: the reference data in ../shared/data when it sits beside the repository, else the test fixtures. */
import { existsSync } from 'node:fs';

const shared = (kind: string) => new URL(`../../shared/data/${kind}/`, import.meta.url);

/** The folder of `kind` (URL ending in a slash): `../shared/data/<kind>/` when present (read in place, never copied), else `test/fixtures/<kind>/`. */
export function benchData(kind: 'pabulib' | 'polis'): URL {
  return existsSync(shared(kind)) ? shared(kind) : new URL(`../test/fixtures/${kind}/`, import.meta.url);
}

/** One line for the benchmark's output saying which of the two folders it read. */
export function benchDataLine(kind: 'pabulib' | 'polis'): string {
  return existsSync(shared(kind))
    ? `data: ${kind} reference data from ../shared/data/${kind}/`
    : `data: ../shared/data/${kind}/ is not beside the repository: using the test fixtures in test/fixtures/${kind}/`;
}
