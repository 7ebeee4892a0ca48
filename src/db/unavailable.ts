// PostgreSQL codes meaning "the server cannot serve this session now", not "this query is wrong":
// class 08 (connection exception), admin/crash shutdown, starting up, too many connections.
const unavailableCodes = new Set(['57P01', '57P02', '57P03', '53300']);
// Network failures reaching the server.
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
// What node-postgres says, without a code, when a connection breaks or cannot be made in time.
const lostConnection = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end)/;

/**
 * True when an error means the database is away for now (restart, failover, outage, SQLite locked by another
 * process past the busy timeout): the request is answered 503 and may be retried, it is not a bug to log as one.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, severity, message } = e as { code?: unknown; severity?: unknown; message?: unknown };
    if (typeof code === 'string' && (code.startsWith('08') || unavailableCodes.has(code) || networkCodes.has(code) || code === 'SQLITE_BUSY')) return true;
    // A FATAL error ends the session: whatever its code (e.g. a database not accepting connections), the connection is gone.
    if (severity === 'FATAL' || severity === 'PANIC') return true;
    if (typeof message === 'string' && lostConnection.test(message)) return true;
  }
  return false;
}
