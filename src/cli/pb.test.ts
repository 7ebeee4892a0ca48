import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPbCommand } from './pb.ts';
import { pabulibFixtures } from '../../test/fixtures/index.ts';

const DATA = fileURLToPath(pabulibFixtures);
const ASSEN = join(DATA, 'Netherlands_Assen_2024.pb');
const WIELICZKA = join(DATA, 'Poland_Wieliczka_2023_Green_Budget.pb');
const WARSAW = join(DATA, 'Poland_Warszawa_2026.pb');
const GDYNIA = join(DATA, 'Poland_Gdynia_2020_Grabowek__small.pb');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runPbCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const malformed = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pb-cli-'));
  const file = join(dir, 'broken.pb');
  writeFileSync(file, 'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\na;ten\nVOTES\nvoter_id;vote\n1;a\n');
  return file;
};

describe('pb tally', () => {
  it('defaults to MES with Add1 and prints one JSON object with --json', async () => {
    const { code, stdout, stderr } = await run('tally', WIELICZKA, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]);
    expect(Object.keys(out)).toEqual(['rule', 'completion', 'tieBreak', 'selected', 'cost', 'budget', 'endowment', 'ms']);
    expect(out).toMatchObject({ rule: 'mes', completion: 'add1', tieBreak: ['cost', 'votes', 'id'], cost: 995079, budget: 1000000, endowment: 315 });
    expect(out.selected).toHaveLength(30);
    expect(typeof out.ms).toBe('number');
  });

  it('honours the file META for greedy: Warsaw 2026 threshold and Gdynia without skipping', async () => {
    const warsaw = JSON.parse((await run('tally', WARSAW, '--rule', 'greedy', '--json')).stdout);
    expect(warsaw.selected).toHaveLength(17);
    expect(warsaw.cost).toBe(24171003);
    expect(warsaw.endowment).toBeNull();
    const gdynia = JSON.parse((await run('tally', GDYNIA, '--rule=greedy', '--json')).stdout);
    expect(gdynia.selected).toEqual(['1', '4', '2']);
  });

  it('accepts the completion, tie-break and utilitarian flags', async () => {
    const exhaustive = JSON.parse((await run('tally', WIELICZKA, '--completion', 'add1-exhaustive', '--json')).stdout);
    expect([exhaustive.completion, exhaustive.selected.length, exhaustive.cost]).toEqual(['add1-exhaustive', 31, 984579]);
    const byId = JSON.parse((await run('tally', ASSEN, '--tie-break', 'id', '--json')).stdout);
    expect(byId.tieBreak).toEqual(['id']);
    expect(byId.selected.indexOf('11')).toBeLessThan(byId.selected.indexOf('2'));
    const completed = JSON.parse((await run('tally', ASSEN, '--utilitarian-completion', '--json')).stdout);
    expect(completed.cost).toBeGreaterThan(JSON.parse((await run('tally', ASSEN, '--json')).stdout).cost);
  });

  it('prints one line per file with a file field, an error line for a malformed file, and exits 2', async () => {
    const broken = malformed();
    const { code, stdout, stderr } = await run('tally', ASSEN, broken, GDYNIA, '--rule', 'phragmen', '--json');
    expect(code).toBe(2);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([ASSEN, broken, GDYNIA]);
    expect(lines[0].rule).toBe('phragmen');
    expect(lines[1]).toEqual({ file: broken, error: 'line 7: cost of project a is not a non-negative number: "ten"' });
    expect(lines[2].selected.length).toBeGreaterThan(0);
    expect(stderr).toContain(`${broken}: line 7:`);
  });

  it('reports a number of more than 308 digits as a line-numbered input error (exit 2), not a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-cli-'));
    const huge = join(dir, 'huge.pb');
    writeFileSync(huge, `META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\na;${'9'.repeat(400)}\nVOTES\nvoter_id;vote\n1;a\n`);
    for (const rule of ['mes', 'greedy', 'phragmen']) {
      const { code, stdout, stderr } = await run('tally', huge, '--rule', rule);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(new RegExp(`^${huge}: line 7: cost of project a is not a non-negative number: "9{400}"\n$`));
    }
  });

  it('prints a readable table without --json', async () => {
    const { code, stdout } = await run('tally', ASSEN);
    expect(code).toBe(0);
    expect(stdout).toContain('rule: mes, completion add1; tie-break: cost, votes, id; endowment per voter: 2033');
    expect(stdout).toMatch(/^3\s+43\s+7200\s+PopUp Podium$/m);
    expect(stdout).toContain('total: 9 projects, cost 76700 of budget 100000');
  });

  it('rejects unknown flags, bad values and missing files with exit code 2', async () => {
    for (const argv of [
      ['tally', ASSEN, '--fast'],
      ['tally', ASSEN, '--rule', 'borda'],
      ['tally', ASSEN, '--tie-break', 'luck'],
      ['tally', ASSEN, '--rule', 'greedy', '--completion', 'add1'],
      ['tally'],
      ['count', ASSEN],
    ]) {
      const { code, stderr } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toMatch(/unknown|must be one of|applies to|no \.pb file/);
    }
    const missing = await run('tally', join(DATA, 'no-such-file.pb'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.pb');
  });
});
