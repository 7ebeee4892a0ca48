import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { addPhase, deletePhase, movePhase, setManualPhase, updatePhase } from './phase-service.ts';
import { listPhases, listProcessSummaries, loadProcessDetail } from './queries.ts';
import type { PhaseInput, ProcessInput } from './schemas.ts';
import { createProcess, setProcessPublished, type ProcessWriteContext } from './service.ts';

let ctx: TestContext;
let admin: CurrentUser;
let write: ProcessWriteContext;

beforeAll(async () => {
  ctx = await createTestContext();
  const u = await ctx.createUser({ role: 'admin' });
  admin = { ...u, emailVerified: true, role: 'admin', locale: null };
  write = { db: ctx.deps.db, user: admin, uploadDir: ctx.deps.config.uploadDir };
});
afterAll(() => ctx.close());

const input = (slug: string, extra: Partial<ProcessInput> = {}): ProcessInput => ({
  slug,
  title_fr: `Démarche ${slug}`,
  title_en: '',
  summary_fr: 'Résumé',
  summary_en: '',
  body_fr: '',
  body_en: '',
  scope: 'city',
  neighbourhoods: [],
  hero_alt_fr: '',
  hero_alt_en: '',
  ...extra,
});

const phase = (name: string, starts_on: string, ends_on: string): PhaseInput => ({ name_fr: name, name_en: '', description_fr: '', description_en: '', starts_on, ends_on });

async function newProcess(slug: string) {
  const result = await createProcess(write, input(slug), null);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('process service', () => {
  it('refuses a slug another process uses', async () => {
    await newProcess('budget-2026');
    const again = await createProcess(write, input('budget-2026'), null);
    expect(again).toEqual({ ok: false, errors: { slug: 'processes.errors.slugTaken' } });
  });

  it('answers "slug taken" to the second of two simultaneous creations with the same slug', async () => {
    const results = await Promise.all([createProcess(write, input('same-time'), null), createProcess(write, input('same-time'), null)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, errors: { slug: 'processes.errors.slugTaken' } });
  });

  it('leaves no image file behind when the save that wrote it fails', async () => {
    const rendition = { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), width: 1, height: 1 };
    const image = { mime: 'image/jpeg' as const, full: rendition, small: rendition };
    const withHero = input('race-image', { hero_alt_fr: 'Une photo' });
    const results = await Promise.all([createProcess(write, withHero, image), createProcess(write, withHero, image)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const files = (await readdir(write.uploadDir)).filter((f) => f.endsWith('.jpg')).sort();
    const rows = await ctx.deps.db.selectFrom('upload').select(['file_name', 'small_file_name']).where('mime', '=', 'image/jpeg').execute();
    expect(files).toEqual(rows.flatMap((r) => [r.file_name, r.small_file_name]).sort());
    expect(files).toHaveLength(2);
  });

  it('refuses a neighbourhood scope without neighbourhoods, or with unknown ones', async () => {
    const none = await createProcess(write, input('n1', { scope: 'neighbourhoods' }), null);
    expect(none.ok ? null : none.errors.neighbourhoods).toBe('processes.errors.neighbourhoodsRequired');
    const unknown = await createProcess(write, input('n2', { scope: 'neighbourhoods', neighbourhoods: ['nope'] }), null);
    expect(unknown.ok ? null : unknown.errors.neighbourhoods).toBe('form.invalidChoice');
  });

  it('lets only admins create or publish, and records admin actions in the audit log', async () => {
    const resident: CurrentUser = { ...admin, role: 'resident' };
    await expect(createProcess({ ...write, user: resident }, input('nope'), null)).rejects.toBeInstanceOf(HttpError);
    const p = await newProcess('audited');
    await expect(setProcessPublished(ctx.deps.db, resident, p.id, true)).rejects.toMatchObject({ status: 403 });
    await setProcessPublished(ctx.deps.db, admin, p.id, true);
    const actions = await ctx.deps.db.selectFrom('audit_log').select('action').where('target_id', '=', p.id).orderBy('created_at').execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['process.create', 'process.publish']);
  });
});

describe('phase service', () => {
  it('refuses a phase that ends before it starts, on add and on update', async () => {
    const p = await newProcess('dates');
    expect(await addPhase(ctx.deps.db, admin, p.id, phase('Bad', '2026-05-02', '2026-05-01'))).toEqual({ ok: false, errors: { ends_on: 'processes.errors.endBeforeStart' } });
    const one = await addPhase(ctx.deps.db, admin, p.id, phase('Same day', '2026-05-01', '2026-05-01'));
    expect(one.ok).toBe(true);
    if (!one.ok) return;
    expect((await updatePhase(ctx.deps.db, admin, p.id, one.value.id, phase('x', '2026-06-01', '2026-05-01'))).ok).toBe(false);
    expect((await listPhases(ctx.deps.db, p.id)).map((x) => x.ends_on)).toEqual(['2026-05-01']);
  });

  it('adds phases at the end, moves them up and down, and deletes them', async () => {
    const p = await newProcess('ordering');
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C']) {
      const r = await addPhase(ctx.deps.db, admin, p.id, phase(name, '2026-01-01', '2026-01-31'));
      if (r.ok) ids.push(r.value.id);
    }
    const names = async () => (await listPhases(ctx.deps.db, p.id)).map((x) => x.name_fr);
    expect(await names()).toEqual(['A', 'B', 'C']);
    await movePhase(ctx.deps.db, admin, p.id, ids[2], 'up');
    expect(await names()).toEqual(['A', 'C', 'B']);
    await movePhase(ctx.deps.db, admin, p.id, ids[0], 'down');
    expect(await names()).toEqual(['C', 'A', 'B']);
    await movePhase(ctx.deps.db, admin, p.id, ids[2], 'up');
    expect(await names()).toEqual(['C', 'A', 'B']);
    await deletePhase(ctx.deps, admin, p.id, ids[0]);
    expect(await names()).toEqual(['C', 'B']);
  });

  it('follows the dates for the current phase unless one is set by hand, and goes back to dates when it is deleted', async () => {
    const p = await newProcess('current');
    const past = await addPhase(ctx.deps.db, admin, p.id, phase('Past', '2020-01-01', '2020-12-31'));
    const now = await addPhase(ctx.deps.db, admin, p.id, phase('Now', '2020-01-01', '2099-12-31'));
    if (!past.ok || !now.ok) throw new Error('phases not added');
    const current = async () => (await loadProcessDetail(ctx.deps.db, (await ctx.deps.db.selectFrom('process').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow()))).current?.name_fr;
    expect(await current()).toBe('Now');
    await setManualPhase(ctx.deps.db, admin, p.id, past.value.id);
    expect(await current()).toBe('Past');
    await setManualPhase(ctx.deps.db, admin, p.id, null);
    expect(await current()).toBe('Now');
    await setManualPhase(ctx.deps.db, admin, p.id, past.value.id);
    await deletePhase(ctx.deps, admin, p.id, past.value.id);
    expect(await current()).toBe('Now');
  });

  it('refuses to set a phase of another process as current', async () => {
    const a = await newProcess('own-a');
    const b = await newProcess('own-b');
    const other = await addPhase(ctx.deps.db, admin, b.id, phase('B1', '2026-01-01', '2026-01-02'));
    if (!other.ok) throw new Error('phase not added');
    await expect(setManualPhase(ctx.deps.db, admin, a.id, other.value.id)).rejects.toMatchObject({ status: 404 });
  });

  it('lists summaries with closed processes marked', async () => {
    const p = await newProcess('closed-one');
    await addPhase(ctx.deps.db, admin, p.id, phase('Old', '2019-01-01', '2019-02-01'));
    const summaries = await listProcessSummaries(ctx.deps.db, { publishedOnly: false });
    const found = summaries.find((s) => s.process.id === p.id);
    expect(found?.closed).toBe(true);
    expect(found?.phases.map((x) => x.name_fr)).toEqual(['Old']);
  });
});
