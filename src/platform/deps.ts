import pino, { type Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { createAuth } from './auth.ts';
import type { AppDeps, ModuleRegistry } from './context.ts';
import { createMailer } from './mail.ts';

/** Wires the app's dependencies from a config, an open database and the installed modules' registry. */
export function buildDeps(config: Config, handle: DatabaseHandle, modules: ModuleRegistry, log: Logger = pino({ level: config.logLevel })): AppDeps {
  const mailer = createMailer(handle.db, config.smtpUrl, log);
  const auth = createAuth({ db: handle.db, dialect: handle.dialect, secret: config.authSecret, baseUrl: config.baseUrl, mailer });
  handle.onConnectionLost((err) => log.warn({ reason: err.message }, 'database connection lost; the next queries reconnect'));
  return { config, db: handle.db, dialect: handle.dialect, auth, mailer, log, modules };
}
