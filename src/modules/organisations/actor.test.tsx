import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm } from '../../web/form.tsx';
import { ActorPicker, canActFor, listActingOptions, parseActor } from './index.ts';
import { createOrganisation } from './service.ts';

let ctx: TestContext;
let member: CurrentUser;
let outsider: CurrentUser;
let orgId: string;
let otherOrgId: string;

const current = (u: { id: string; name: string; email: string }): CurrentUser => ({ ...u, emailVerified: true, role: 'resident', locale: null });

beforeAll(async () => {
  ctx = await createTestContext();
  member = current(await ctx.createUser({ name: 'Member' }));
  outsider = current(await ctx.createUser({ name: 'Outsider' }));
  for (const [who, name] of [[member, 'Maison des Jeunes'], [outsider, 'Club Échecs']] as const) {
    const r = await createOrganisation(ctx.deps.db, who, { name, kind: 'association', description: '', listed: false });
    if (!r.ok) throw new Error('setup');
  }
  const rows = await ctx.deps.db.selectFrom('organisation').select(['id', 'name']).execute();
  orgId = rows.find((r) => r.name === 'Maison des Jeunes')!.id;
  otherOrgId = rows.find((r) => r.name === 'Club Échecs')!.id;
  // A plain member (not owner) may act for the organisation too.
  const plain = current(await ctx.createUser({ name: 'Plain' }));
  await ctx.deps.db.insertInto('organisation_member').values({ organisation_id: otherOrgId, user_id: plain.id, role: 'member', listed: 0, created_at: new Date().toISOString() }).execute();
  expect(await canActFor(ctx.deps.db, plain.id, otherOrgId)).toBe(true);
});
afterAll(() => ctx.close());

describe('actors', () => {
  it('lists the organisations a person can act for', async () => {
    expect((await listActingOptions(ctx.deps.db, member.id)).map((o) => o.name)).toEqual(['Maison des Jeunes']);
    expect(await listActingOptions(ctx.deps.db, (await ctx.createUser()).id)).toEqual([]);
  });

  it('says whether a person may act for an organisation', async () => {
    expect(await canActFor(ctx.deps.db, member.id, orgId)).toBe(true);
    expect(await canActFor(ctx.deps.db, member.id, otherOrgId)).toBe(false);
  });

  it('reads "myself" and a member’s organisation, and refuses someone else’s organisation with a field error', async () => {
    expect(await parseActor({}, ctx.deps.db, member)).toEqual({ ok: true, actor: { userId: member.id, organisationId: null } });
    expect(await parseActor({ actor: 'self' }, ctx.deps.db, member)).toEqual({ ok: true, actor: { userId: member.id, organisationId: null } });
    expect(await parseActor({ actor: orgId }, ctx.deps.db, member)).toEqual({ ok: true, actor: { userId: member.id, organisationId: orgId } });
    expect(await parseActor({ actor: otherOrgId }, ctx.deps.db, member)).toEqual({ ok: false, errors: { actor: 'org.actor.notMember' } });
    expect(await parseActor({ actor: orgId }, ctx.deps.db, outsider, translator('en'))).toEqual({ ok: false, errors: { actor: 'You cannot act on behalf of this organisation.' } });
  });

  it('offers "Publish as" only to people who belong to an organisation', async () => {
    const t = translator('fr');
    const options = await listActingOptions(ctx.deps.db, member.id);
    const html = String(<ActorPicker t={t} options={options} state={emptyForm()} />);
    expect(html).toContain('Publier en tant que');
    expect(html).toContain('<option value="self">Moi-même</option>');
    expect(html).toContain(`<option value="${orgId}">Maison des Jeunes</option>`);
    expect(String(<ActorPicker t={t} options={[]} state={emptyForm()} />)).toBe('');
  });
});
