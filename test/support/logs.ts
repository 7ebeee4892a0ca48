import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export interface LogEntry {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A logger that keeps every line it writes (as parsed JSON), to check what a request logged and at which level. */
export function capturingLogger(level = 'trace'): { log: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).trim().split('\n')) entries.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level }, sink), entries };
}
