import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app.ts';
import { runIndicatorsCommand } from './indicators.ts';

let ctx: TestContext;
let code: string;
const scratch = mkdtempSync(join(tmpdir(), 'cocity-indicators-cli-'));
beforeAll(async () => {
  ctx = await createTestContext();
  code = (await ctx.deps.db.selectFrom('indicator').select('code').where('kind', '=', 'objective').orderBy('position').executeTakeFirstOrThrow()).code;
});
afterAll(async () => {
  await ctx.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // The test's database stays open for the next test: the command's close() does nothing here.
  const exit = await runIndicatorsCommand(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, async () => ({ ...ctx.handle, close: async () => undefined }));
  return { exit, stdout: out.join('\n'), stderr: err.join('\n') };
}
const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const values = () => ctx.deps.db.selectFrom('indicator_value').select(['area', 'period', 'value']).where('indicator_code', '=', code).orderBy('period').execute();

describe('cocity indicators import', () => {
  it('imports a whole file, then refuses one with a bad line, naming it, and writes nothing of it', async () => {
    const good = file('good.csv', `indicator,area,period,value,kind,n,source\n${code},city,2025,12.5,,,INSEE\n${code},city,2026,11.75,,,INSEE\n`);
    const imported = await run('import', good);
    expect(imported).toMatchObject({ exit: 0, stderr: '' });
    expect(imported.stdout).toMatch(/^Imported 2 value\(s\) from .*good\.csv in \d+\.\d\d s\.$/);
    expect(await values()).toEqual([
      { area: 'city', period: '2025', value: 12.5 },
      { area: 'city', period: '2026', value: 11.75 },
    ]);
    const bad = file('bad.csv', `indicator,area,period,value,kind,n,source\n${code},city,2027,10,,,INSEE\n${code},atlantis,2027,ten,,,INSEE\n`);
    const refused = await run('import', bad);
    expect(refused.exit).toBe(1);
    expect(refused.stderr).toContain(`bad.csv:3: `);
    expect(refused.stderr).toContain('Nothing imported: 1 line(s) refused.');
    expect((await values()).map((v) => v.period)).toEqual(['2025', '2026']);
  });

  it('says how to use it, and names a file it cannot read', async () => {
    expect(await run('import')).toMatchObject({ exit: 2, stdout: '' });
    expect((await run('export', 'x.csv')).stderr).toContain('Usage: cocity indicators import FILE.csv');
    const missing = await run('import', join(scratch, 'missing.csv'));
    expect(missing).toMatchObject({ exit: 1 });
    expect(missing.stderr).toBe(`indicators import: cannot read ${join(scratch, 'missing.csv')}: ENOENT`);
  });
});
