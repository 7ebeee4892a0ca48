// Server time of a page: the app answering one request at a time in this process, so neither the network nor
// the queue of other requests is counted (the load tables count both).
import type { Hono } from 'hono';
import type { AppEnv } from '../src/platform/context.ts';

/** A page to time: its name in the table, its path, and the headers to send (a session cookie). */
export interface TimedPage {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

/** Times each page `runs` times after a warm-up and returns a Markdown table: status, size, median and p99 in ms. */
export async function pageTimesTable(app: Hono<AppEnv>, pages: TimedPage[], runs = 100): Promise<string> {
  const rows: string[] = [];
  for (const page of pages) {
    const fetchPage = async () => {
      const response = await app.request(page.path, { headers: page.headers });
      return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
    };
    for (let i = 0; i < 10; i++) await fetchPage();
    const times: number[] = [];
    let last = { status: 0, bytes: 0 };
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      last = await fetchPage();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push(`| ${page.name} | ${last.status} | ${(last.bytes / 1024).toFixed(0)} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 99).toFixed(1)} |`);
  }
  return [`| page | status | KB | server ms (median of ${runs}) | server ms (p99) |`, '|---|---:|---:|---:|---:|', ...rows].join('\n');
}
