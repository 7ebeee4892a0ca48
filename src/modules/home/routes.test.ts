import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { addPhase } from '../processes/phase-service.ts';
import { listProcessSummaries } from '../processes/queries.ts';
import { createProcess, setProcessPublished } from '../processes/service.ts';

let ctx: TestContext;
let admin: CurrentUser;

beforeAll(async () => {
  ctx = await createTestContext();
  const u = await ctx.createUser({ role: 'admin' });
  admin = { ...u, emailVerified: true, role: 'admin', locale: null };
});
afterAll(() => ctx.close());

async function publishedProcess(slug: string, titleFr: string, titleEn: string, phase: [string, string] | null): Promise<string> {
  const write = { db: ctx.deps.db, user: admin, uploadDir: ctx.deps.config.uploadDir };
  const base = { body_fr: '', body_en: '', scope: 'city' as const, neighbourhoods: [], hero_alt_fr: '', hero_alt_en: '' };
  const r = await createProcess(write, { ...base, slug, title_fr: titleFr, title_en: titleEn, summary_fr: `Résumé ${slug}`, summary_en: `Summary ${slug}` }, null);
  if (!r.ok) throw new Error('not created');
  if (phase) await addPhase(ctx.deps.db, admin, r.value.id, { name_fr: 'Débat', name_en: 'Debate', description_fr: '', description_en: '', starts_on: phase[0], ends_on: phase[1] });
  await setProcessPublished(ctx.deps.db, admin, r.value.id, true);
  return r.value.id;
}

describe('home page', () => {
  it('introduces cocity, then lists open processes before closed ones, in French and English', async () => {
    const empty = await (await ctx.client().get('/')).text();
    expect(empty).toContain('Une ville construite avec ses habitants');
    expect(empty).toContain('ville éthique et humaine');
    expect(empty).toContain('Aucune démarche en cours pour le moment.');

    await publishedProcess('ancienne', 'Ancienne démarche', 'Old process', ['2019-01-01', '2019-03-01']);
    await publishedProcess('actuelle', 'Démarche actuelle', '', ['2020-01-01', '2099-12-31']);
    const html = await (await ctx.client().get('/')).text();
    const open = html.indexOf('Démarches en cours et à venir');
    const closed = html.indexOf('Démarches terminées');
    expect(html.indexOf('Démarche actuelle')).toBeGreaterThan(open);
    expect(html.indexOf('Démarche actuelle')).toBeLessThan(closed);
    expect(html.indexOf('Ancienne démarche')).toBeGreaterThan(closed);
    expect(html).toContain('du 1er janvier 2020 au 31 décembre 2099');

    const en = await (await ctx.client().get('/?lang=en')).text();
    expect(en).toContain('A city built with its people');
    expect(en).toContain('Ethic &amp; Human City');
    expect(en).toContain('Old process');
    // No English title: the French one is shown, marked as French for screen readers.
    expect(en).toContain('<span lang="fr">Démarche actuelle</span> <span class="other-language">(in French)</span>');
    expect(en).toContain('from 1 January 2020 to 31 December 2099');
  });

  it('shows a change to a process at once (the cached cards are rendered again)', async () => {
    const id = await publishedProcess('sans-phase', 'Sans phase', '', null);
    expect(await (await ctx.client().get('/')).text()).toContain('Aucune phase en cours');
    await addPhase(ctx.deps.db, admin, id, { name_fr: 'Atelier ouvert', name_en: '', description_fr: '', description_en: '', starts_on: '2020-01-01', ends_on: '2099-01-01' });
    expect(await (await ctx.client().get('/')).text()).toContain('Atelier ouvert');
    await setProcessPublished(ctx.deps.db, admin, id, false);
    expect(await (await ctx.client().get('/')).text()).not.toContain('Sans phase');
  });

  it('loads the phases of every listed process in one query, whatever their number', async () => {
    for (let i = 0; i < 5; i++) await publishedProcess(`lot-${i}`, `Lot ${i}`, '', ['2020-01-01', '2099-01-01']);
    let queries = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const items = await listProcessSummaries(ctx.deps.db.withPlugin(counting), { publishedOnly: true });
    expect(items.length).toBeGreaterThanOrEqual(7);
    expect(queries).toBe(2);
  });
});
