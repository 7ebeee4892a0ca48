/** Why a command could not run, told in one line that names the cause and what to do (the stack is for the debug log). */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './config.ts';

/** What the command knew when it failed; each field may be missing if it failed before learning it. */
export interface StartContext {
  databaseUrl?: string;
  port?: number;
  dataDir?: string;
}

type ErrorLike = Error & { code?: string; path?: string; port?: number; syscall?: string; errors?: unknown[] };

const installRoot = fileURLToPath(new URL('..', import.meta.url));
const networkCodes: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
};
const fileCodes: Record<string, string> = {
  ENOENT: 'not found',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ENOTDIR: 'a path component is not a folder',
  EISDIR: 'is a folder',
  EROFS: 'read-only file system',
};

/** The error's code, looking inside an AggregateError (Node tries every address of "localhost" and groups the failures). */
function codeOf(error: ErrorLike): string | undefined {
  return error.code ?? (error.errors?.[0] as ErrorLike | undefined)?.code;
}

/** Where a PostgreSQL URL points, without its password. */
function postgresTarget(url: string): { where: string; user: string; database: string } {
  try {
    const u = new URL(url);
    return { where: `${u.hostname || 'localhost'}:${u.port || '5432'}`, user: decodeURIComponent(u.username), database: decodeURIComponent(u.pathname.slice(1)) };
  } catch {
    return { where: 'the address in DATABASE_URL', user: '', database: '' };
  }
}

function databaseCause(error: ErrorLike, code: string | undefined, url: string): string | null {
  if (!/^postgres(ql)?:/.test(url)) {
    // Only the codes that mean the file itself cannot serve; other SQLite errors are explained generically.
    if (!code || !/^SQLITE_(CANTOPEN|NOTADB|READONLY|CORRUPT|PERM|FULL|IOERR)/.test(code)) return null;
    const file = url.slice('sqlite:'.length);
    return `cannot open the SQLite database ${file} (${error.message}): check DATA_DIR and DATABASE_URL; the file must be a cocity database that this user can write`;
  }
  const { where, user, database } = postgresTarget(url);
  if (code && networkCodes[code]) return `cannot reach PostgreSQL at ${where} (${networkCodes[code]}): start PostgreSQL there, or correct DATABASE_URL`;
  if (code === '28P01' || code === '28000') return `PostgreSQL at ${where} refused the user "${user}" (${error.message}): correct the user and password in DATABASE_URL`;
  if (code === '3D000') return `PostgreSQL at ${where} has no database "${database}": create it (createdb ${database}), or correct DATABASE_URL`;
  if (code === '57P03') return `PostgreSQL at ${where} is starting or stopping: start cocity again in a moment`;
  if (code === '53300') return `PostgreSQL at ${where} has no free connection: raise its max_connections or stop other clients`;
  return null;
}

function fileCause(error: ErrorLike, code: string | undefined, dataDir: string | undefined): string | null {
  if (!code || !fileCodes[code] || !error.path) return null;
  const path = resolve(error.path);
  const inData = dataDir !== undefined && (path + sep).startsWith(resolve(dataDir) + sep);
  if (!inData && (path + sep).startsWith(installRoot)) {
    return `a file of cocity's installation is missing or unreadable: ${path} (${fileCodes[code]}): install it again (git clone, then npm ci); src/ and vendor/ must be complete`;
  }
  return `cannot use ${path} (${fileCodes[code]}): check DATA_DIR (and the file in DATABASE_URL); the folder must exist or be creatable and be writable by this user`;
}

function listenCause(code: string | undefined, port: number | undefined): string | null {
  if (code === 'EADDRINUSE') return `port ${port} is already in use by another program: stop that program, or start cocity on another port (PORT=…)`;
  if (code === 'EACCES' || code === 'EPERM') return `not allowed to listen on port ${port}: use a port above 1023 (PORT=3000) and put a reverse proxy in front`;
  return null;
}

/** One line, starting with "cocity: ", that says why the command could not run and what to do about it. */
export function describeStartFailure(error: unknown, context: StartContext = {}): string {
  if (error instanceof ConfigError) return `cocity: ${error.message}: set it right in the environment (see "Configuration" in README.md)`;
  if (!(error instanceof Error)) return `cocity: ${String(error)}`;
  const e = error as ErrorLike;
  const code = codeOf(e);
  const cause =
    // A worker process of `cocity serve` (node:cluster) gets the primary's failure, reported as 'bind'.
    (e.syscall === 'listen' || e.syscall === 'bind' ? listenCause(code, e.port ?? context.port) : null) ??
    (context.databaseUrl ? databaseCause(e, code, context.databaseUrl) : null) ??
    fileCause(e, code, context.dataDir);
  if (cause) return `cocity: ${cause}`;
  const firstLine = (e.message || e.name).split('\n')[0];
  return `cocity: ${firstLine} (run it again with LOG_LEVEL=debug to see where it failed)`;
}
