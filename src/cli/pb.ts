// `cocity pb tally FILE.pb ...`: counts Pabulib files with the budgeting engine.
import { PabulibError, PabulibReader, tally, type Completion, type Election, type RuleName, type TallyOptions } from '../engines/budgeting/index.ts';
import { normaliseTieBreak } from '../engines/budgeting/tie-break.ts';
import { readInChunks } from './read-in-chunks.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = `usage: cocity pb tally FILE.pb [FILE.pb ...] [--rule mes|greedy|phragmen]
       [--completion add1|add1-exhaustive|none] [--utilitarian-completion]
       [--tie-break cost,votes,id|id] [--json]
defaults: --rule mes --completion add1 --tie-break cost,votes,id`;

interface Flags {
  files: string[];
  rule: RuleName;
  completion: Completion;
  utilitarianCompletion: boolean;
  tieBreak: string[];
  json: boolean;
}

class UsageError extends Error {}

/** Runs `pb <subcommand>` (argv after `pb`); returns the exit code: 0 success, 2 malformed file or bad usage. */
export async function runPbCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub === undefined ? io.stderr : io.stdout)(USAGE + '\n');
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'tally') {
    io.stderr(`unknown pb command "${sub}"\n${USAGE}\n`);
    return 2;
  }
  let flags: Flags;
  try {
    flags = parseFlags(rest);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  const several = flags.files.length > 1;
  for (const file of flags.files) {
    let election: Election;
    try {
      election = await readInChunks(file, new PabulibReader());
    } catch (error) {
      failed = true;
      const message = error instanceof PabulibError ? error.message : (error as Error).message;
      io.stderr(`${file}: ${message}\n`);
      if (flags.json) io.stdout(JSON.stringify({ file, error: message }) + '\n');
      continue;
    }
    const options = optionsFor(flags, election);
    const started = performance.now();
    const result = tally(election, options);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    if (flags.json) {
      const line = {
        ...(several ? { file } : {}),
        rule: result.rule,
        completion: result.completion,
        tieBreak: result.tieBreak,
        selected: result.selected,
        cost: result.cost,
        budget: result.budget,
        endowment: result.endowment,
        ms,
      };
      io.stdout(JSON.stringify(line) + '\n');
    } else {
      io.stdout(renderTable(file, election, result, ms));
    }
  }
  return failed ? 2 : 0;
}

function parseFlags(args: string[]): Flags {
  const flags: Flags = { files: [], rule: 'mes', completion: 'add1', utilitarianCompletion: false, tieBreak: ['cost', 'votes', 'id'], json: false };
  let completionGiven = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      flags.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (name === '--json' && eq < 0) flags.json = true;
    else if (name === '--utilitarian-completion' && eq < 0) flags.utilitarianCompletion = true;
    else if (name === '--rule') flags.rule = oneOf(name, value(), ['mes', 'greedy', 'phragmen']);
    else if (name === '--completion') {
      flags.completion = oneOf(name, value(), ['add1', 'add1-exhaustive', 'none']);
      completionGiven = true;
    } else if (name === '--tie-break') {
      flags.tieBreak = value().split(',').map((s) => s.trim());
      try {
        normaliseTieBreak(flags.tieBreak);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    } else throw new UsageError(`unknown flag ${arg}`);
  }
  if (flags.files.length === 0) throw new UsageError('no .pb file given');
  if (completionGiven && flags.rule !== 'mes') throw new UsageError('--completion applies to --rule mes only');
  return flags;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

// META hints refine the chosen rule (greedy threshold, no skipping); the flags choose the rule itself.
function optionsFor(flags: Flags, election: Election): TallyOptions {
  const options: TallyOptions = {
    rule: flags.rule,
    tieBreak: flags.tieBreak,
    utilitarianCompletion: flags.utilitarianCompletion,
  };
  if (flags.rule === 'mes') options.completion = flags.completion;
  if (flags.rule === 'greedy') {
    const threshold = Number(election.meta?.min_project_score_threshold);
    if (election.meta?.min_project_score_threshold !== undefined && Number.isFinite(threshold)) options.minScore = threshold;
    if (election.meta?.rule?.trim() === 'greedy-no-skip') options.skipping = false;
  }
  return options;
}

function renderTable(file: string, election: Election, result: ReturnType<typeof tally>, ms: number): string {
  const names = new Map(election.projects.map((p) => [p.id, p]));
  const votes = new Map<string, number>();
  result.selected.forEach((id) => votes.set(id, result.detail.profile.supporters[result.detail.profile.projectIds.indexOf(id)]));
  const rows = result.selected.map((id) => [id, String(votes.get(id)), formatMoney(names.get(id)!.cost), (names.get(id)!.name ?? '').slice(0, 60)]);
  const header = ['project', 'votes', 'cost', 'name'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  const rule = result.rule === 'mes' ? `mes, completion ${result.completion}${result.utilitarianCompletion ? ' + utilitarian' : ''}` : result.rule;
  const out = [
    `${file}`,
    `rule: ${rule}; tie-break: ${result.tieBreak.join(', ')}${result.endowment !== null ? `; endowment per voter: ${formatMoney(result.endowment)}` : ''}`,
    line(header),
    ...rows.map(line),
    `total: ${result.selected.length} projects, cost ${formatMoney(result.cost)} of budget ${formatMoney(result.budget)} (${ms} ms)`,
  ];
  return out.join('\n') + '\n\n';
}

function formatMoney(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}
