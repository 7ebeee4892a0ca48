import pino from 'pino';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateDatabase } from '../modules/index.ts';
import { createMailer } from '../platform/mail.ts';
import { sendDailyDigest, type NotifyDeps } from '../modules/notifications/index.ts';

/** Where the command writes its output (stdout and stderr in production, buffers in tests). */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Opens what the digest needs and says how to close it; tests pass their own. */
export type DigestDepsOpener = () => Promise<{ deps: NotifyDeps; close(): Promise<void> }>;

const usage = `Usage: cocity notifications digest
  Emails each person who chose the daily digest one message listing their notifications
  not emailed yet (run it once a day, e.g. from cron or a systemd timer).`;

const openFromEnvironment: DigestDepsOpener = async () => {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const handle = connectDatabase(config.databaseUrl);
  await migrateDatabase(handle);
  return { deps: { config, db: handle.db, log, mailer: createMailer(handle.db, config.smtpUrl, log) }, close: () => handle.close() };
};

/** `cocity notifications digest`: sends the daily digests; exit code 0, or 1 when some mails failed (they are retried next run). */
export async function runNotificationsCommand(argv: string[], io: CommandIo, open: DigestDepsOpener = openFromEnvironment): Promise<number> {
  if (argv[0] !== 'digest' || argv.length > 1) {
    io.stderr(usage);
    return 2;
  }
  const { deps, close } = await open();
  try {
    const report = await sendDailyDigest(deps);
    io.stdout(`Digest: ${report.mailsSent} email(s) sent covering ${report.notificationsIncluded} notification(s); ${report.failures} failure(s).`);
    return report.failures > 0 ? 1 : 0;
  } finally {
    await close();
  }
}
