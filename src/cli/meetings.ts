import pino from 'pino';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { installModules, migrateDatabase, modules } from '../modules/index.ts';
import { sendMeetingReminders } from '../modules/meetings/index.ts';
import { createMailer } from '../platform/mail.ts';
import type { CommandIo } from './digest.ts';

/** Opens what the reminders need and says how to close it; tests pass their own. */
export type ReminderDepsOpener = () => Promise<{ deps: Parameters<typeof sendMeetingReminders>[0]; close(): Promise<void> }>;

const usage = `Usage: cocity meetings remind
  Emails everyone holding a seat at a meeting that starts within 24 hours (once each), and erases
  registration details kept past their time (run it once a day, e.g. from cron or a systemd timer).`;

const openFromEnvironment: ReminderDepsOpener = async () => {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const handle = connectDatabase(config.databaseUrl);
  await migrateDatabase(handle);
  // The mails are written from the modules' message catalogues.
  installModules(modules);
  return { deps: { config, db: handle.db, log, mailer: createMailer(handle.db, config.smtpUrl, log) }, close: () => handle.close() };
};

/** `cocity meetings remind`: exit code 0, or 1 when some mails failed (they are retried next run). */
export async function runMeetingsCommand(argv: string[], io: CommandIo, open: ReminderDepsOpener = openFromEnvironment): Promise<number> {
  if (argv[0] !== 'remind' || argv.length > 1) {
    io.stderr(usage);
    return 2;
  }
  const { deps, close } = await open();
  try {
    const report = await sendMeetingReminders(deps);
    io.stdout(`Meeting reminders: ${report.mailsSent} email(s) sent; ${report.failures} failure(s); details erased from ${report.detailsErased} registration(s).`);
    return report.failures > 0 ? 1 : 0;
  } finally {
    await close();
  }
}
