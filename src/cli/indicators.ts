// `cocity indicators import FILE.csv`: the statistics office's path for files too large for the web form's
// upload limit (a million values is a 45 MB file). Same checks, same all-or-nothing transaction.
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import { importIndicatorValues } from '../modules/indicators/index.ts';
import { installModules, migrateDatabase, modules } from '../modules/index.ts';
import { translator } from '../platform/i18n/index.ts';
import type { CommandIo } from './digest.ts';

const usage = `Usage: cocity indicators import FILE.csv
  Imports indicator values (columns indicator,area,period,value,kind,n,source; header first) into the
  database of DATABASE_URL: every line is checked first, then all are written in one transaction (added
  or replaced), or none when any line is refused. Exit code 0 when imported, 1 when refused.`;

/** Opens the database the command writes to; tests pass their own. */
export type DatabaseOpener = () => Promise<DatabaseHandle>;

const openFromEnvironment: DatabaseOpener = async () => {
  const handle = connectDatabase(loadConfig().databaseUrl);
  await migrateDatabase(handle);
  return handle;
};

/** `cocity indicators import FILE`: exit code 0 imported, 1 refused (each bad line named), 2 bad usage. */
export async function runIndicatorsCommand(argv: string[], io: CommandIo, open: DatabaseOpener = openFromEnvironment): Promise<number> {
  if (argv[0] !== 'import' || argv.length !== 2) {
    io.stderr(usage);
    return 2;
  }
  const file = argv[1];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(`indicators import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  const handle = await open();
  try {
    const started = performance.now();
    const outcome = await importIndicatorValues({ db: handle.db, dialect: handle.dialect }, text, null);
    if (outcome.ok) {
      io.stdout(`Imported ${outcome.imported.toLocaleString('en')} value(s) from ${file} in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
      return 0;
    }
    // The problems are the web form's message keys: said in English, as the other commands speak.
    installModules(modules);
    const t = translator('en');
    const lines = outcome.issues.map((issue) => `${file}:${issue.line}: ${issue.problems.map((p) => t(p.key, p.params)).join('; ')}`);
    const more = outcome.issueCount > outcome.issues.length ? [`… and ${outcome.issueCount - outcome.issues.length} more line(s) refused.`] : [];
    io.stderr([...lines, ...more, `Nothing imported: ${outcome.issueCount} line(s) refused.`].join('\n'));
    return 1;
  } finally {
    await handle.close();
  }
}
