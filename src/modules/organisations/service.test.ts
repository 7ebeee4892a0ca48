import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { answerInvitation, cancelInvitation, changeMemberRole, inviteMember, leaveOrganisation, removeMember } from './membership-service.ts';
import { createOrganisation, setVerified } from './service.ts';

let ctx: TestContext;
const sent: MailMessage[] = [];
const mailer = { send: async (m: MailMessage) => void sent.push(m) };

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

function asCurrent(user: TestUser, overrides: Partial<CurrentUser> = {}): CurrentUser {
  return { id: user.id, name: user.name, email: user.email, emailVerified: true, role: 'resident', locale: null, ...overrides };
}

const input = (name: string) => ({ name, kind: 'association' as const, description: '', listed: true });
const deps = () => ({ db: ctx.deps.db, config: ctx.deps.config, mailer });

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

async function setUp() {
  const owner = asCurrent(await ctx.createUser({ name: 'Owner' }));
  const created = await createOrganisation(ctx.deps.db, owner, input(`Org ${Math.random().toString(36).slice(2, 8)}`));
  if (!created.ok) throw new Error('setup failed');
  return { owner, slug: created.value };
}

describe('organisation service', () => {
  it('requires a signed-in resident with a verified email to create', async () => {
    const user = await ctx.createUser();
    expect(await status(createOrganisation(ctx.deps.db, null, input('Anonyme')))).toBe(401);
    expect(await status(createOrganisation(ctx.deps.db, asCurrent(user, { emailVerified: false }), input('Non vérifié')))).toBe(403);
    expect(await ctx.deps.db.selectFrom('organisation').select('id').where('name', 'in', ['Anonyme', 'Non vérifié']).execute()).toEqual([]);
  });

  it('refuses an unknown neighbourhood without saving', async () => {
    const user = asCurrent(await ctx.createUser());
    const result = await createOrganisation(ctx.deps.db, user, { ...input('Ailleurs'), neighbourhoodId: 'nowhere' });
    expect(result).toEqual({ ok: false, errors: { neighbourhoodId: 'org.errors.unknownNeighbourhood' } });
    expect(await ctx.deps.db.selectFrom('organisation').select('id').where('name', '=', 'Ailleurs').execute()).toEqual([]);
  });

  it('lets only city admins verify', async () => {
    const { owner, slug } = await setUp();
    expect(await status(setVerified(ctx.deps.db, owner, slug, true))).toBe(403);
    expect(await status(setVerified(ctx.deps.db, { ...owner, role: 'admin' }, slug, true))).toBe('ok');
  });
});

describe('membership service', () => {
  it('sends the invitation mail in the inviter’s language and stores the email lower-cased', async () => {
    const { owner, slug } = await setUp();
    sent.length = 0;
    expect(await inviteMember(deps(), owner, slug, { email: 'zoe@example.org', role: 'member' }, 'fr')).toEqual({ ok: true, value: undefined });
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toBe('zoe@example.org');
    expect(sent[0].subject).toContain('Invitation à rejoindre');
    expect(sent[0].text).toContain('Membre');
  });

  it('refuses to answer twice, or to accept a cancelled invitation', async () => {
    const { owner, slug } = await setUp();
    const yann = await ctx.createUser({ email: 'yann@example.org' });
    await inviteMember(deps(), owner, slug, { email: 'yann@example.org', role: 'member' }, 'fr');
    const id = (await ctx.deps.db.selectFrom('organisation_invitation').select('id').where('email', '=', 'yann@example.org').executeTakeFirstOrThrow()).id;
    expect((await answerInvitation(ctx.deps.db, asCurrent(yann), id, { accept: true, listed: false })).ok).toBe(true);
    expect(await answerInvitation(ctx.deps.db, asCurrent(yann), id, { accept: false, listed: false })).toEqual({ ok: false, errors: { _form: 'org.errors.invitationAnswered' } });

    const xavier = await ctx.createUser({ email: 'xavier@example.org' });
    await inviteMember(deps(), owner, slug, { email: 'xavier@example.org', role: 'admin' }, 'en');
    const second = (await ctx.deps.db.selectFrom('organisation_invitation').select('id').where('email', '=', 'xavier@example.org').executeTakeFirstOrThrow()).id;
    await cancelInvitation(ctx.deps.db, owner, slug, second);
    expect((await answerInvitation(ctx.deps.db, asCurrent(xavier), second, { accept: true, listed: true })).ok).toBe(false);
    // Once answered, the same email may be invited again.
    expect((await inviteMember(deps(), owner, slug, { email: 'xavier@example.org', role: 'member' }, 'en')).ok).toBe(true);
  });

  it('makes a second pending invitation impossible at the database level too', async () => {
    const { owner, slug } = await setUp();
    await inviteMember(deps(), owner, slug, { email: 'dup@example.org', role: 'member' }, 'fr');
    const first = await ctx.deps.db.selectFrom('organisation_invitation').selectAll().where('email', '=', 'dup@example.org').executeTakeFirstOrThrow();
    await expect(ctx.deps.db.insertInto('organisation_invitation').values({ ...first, id: 'another-id' }).execute()).rejects.toThrow();
  });

  it('keeps at least one owner through role changes, removals and leaving', async () => {
    const { owner, slug } = await setUp();
    expect(await changeMemberRole(ctx.deps.db, owner, slug, owner.id, 'admin')).toEqual({ ok: false, errors: { _form: 'org.errors.lastOwner' } });
    expect(await removeMember(ctx.deps.db, owner, slug, owner.id)).toEqual({ ok: false, errors: { _form: 'org.errors.lastOwner' } });
    expect(await leaveOrganisation(ctx.deps.db, owner, slug)).toEqual({ ok: false, errors: { _form: 'org.errors.lastOwner' } });
    const stranger = asCurrent(await ctx.createUser());
    expect(await leaveOrganisation(ctx.deps.db, stranger, slug)).toEqual({ ok: false, errors: { _form: 'org.errors.notMember' } });
    expect(await status(removeMember(ctx.deps.db, stranger, slug, owner.id))).toBe(403);
  });
});
