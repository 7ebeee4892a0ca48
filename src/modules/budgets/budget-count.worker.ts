// Worker thread of a budget count: the engine runs here so the server keeps answering meanwhile.
// In: workerData { election, rule }. Out: { type: 'progress', ... } now and then, then { type: 'done', outcome }.
import { parentPort, workerData } from 'node:worker_threads';
import type { Add1Progress, Election, RuleName } from '../../engines/budgeting/index.ts';
import { countOutcome } from './count-outcome.ts';

const { election, rule } = workerData as { election: Election; rule: RuleName };
const port = parentPort!;
let last = 0;
const outcome = countOutcome(election, rule, (progress: Add1Progress) => {
  // Hundreds of MES runs a second on small budgets: a few messages a second are enough to show progress.
  const now = performance.now();
  if (now - last < 200) return;
  last = now;
  port.postMessage({ type: 'progress', progress });
});
port.postMessage({ type: 'done', outcome });
