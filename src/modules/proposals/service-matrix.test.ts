import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { refusalFor, type ProposalAction } from './policy.ts';
import { createOrganisation, createProposalsFixture, insertProposal, setSwitches, validProposal, type ProposalsFixture } from './test-fixtures.ts';

// The same matrix as policy.test.ts, driven through HTTP: every cell's status must be what the rule table says.
type RoleName = 'visitor' | 'resident' | 'orgMember' | 'author' | 'moderator' | 'admin';
const roles: RoleName[] = ['visitor', 'resident', 'orgMember', 'author', 'moderator', 'admin'];
const actions = ['create', 'edit', 'support', 'comment', 'answer', 'moderate'] as const satisfies readonly ProposalAction[];
const phases = { open: { creationEnabled: true, supportsEnabled: true, commentsEnabled: true }, closed: { creationEnabled: false, supportsEnabled: false, commentsEnabled: false } };

let ctx: TestContext;
let f: ProposalsFixture;
const users = {} as Record<RoleName, TestUser | null>;
const clients = {} as Record<RoleName, TestClient>;

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createProposalsFixture(ctx, phases.open);
  users.visitor = null;
  for (const role of roles.slice(1)) users[role] = await ctx.createUser({ role: role === 'moderator' || role === 'admin' ? role : 'resident' });
  await createOrganisation(ctx, users.orgMember!.id);
  for (const role of roles) clients[role] = users[role] ? await ctx.client().signInAs(ctx, users[role]!) : ctx.client();
});
afterAll(() => ctx.close());

function expectedStatus(action: ProposalAction, role: RoleName, phase: keyof typeof phases): number {
  const u = users[role];
  const user: CurrentUser | null = u ? { id: u.id, name: u.name, email: u.email, emailVerified: true, role: role === 'moderator' || role === 'admin' ? role : 'resident', locale: null } : null;
  const refusal = refusalFor(action, {
    user,
    switches: phases[phase],
    editWindowHours: 72,
    supportLimit: 0,
    mySupportsInComponent: 0,
    proposal: { isAuthor: role === 'author', withdrawn: false, hidden: false, createdAt: new Date().toISOString(), supportedByMe: false },
  });
  return refusal ? refusal.status : 303;
}

async function perform(action: ProposalAction, role: RoleName, id: string): Promise<number> {
  const client = clients[role];
  switch (action) {
    case 'create':
      return (await client.post(`${f.base}/new`, validProposal())).status;
    case 'edit':
      return (await client.post(`/proposals/${id}/edit`, validProposal())).status;
    case 'support':
      return (await client.post(`/proposals/${id}/support`)).status;
    case 'comment':
      return (await client.post('/comments', { resource_type: 'proposal', resource_id: id, body: 'Un avis sur cette proposition.', stance: 'neutral' })).status;
    case 'answer':
      return (await client.post(`/proposals/${id}/answer`, { status: 'evaluating', rationale: '', publish: 'on' })).status;
    default:
      return (await client.post('/moderation/hide', { resource_type: 'proposal', resource_id: id, public_reason: 'Vérification', return_to: `/proposals/${id}` })).status;
  }
}

describe('proposal rules over HTTP: phase x role x action', () => {
  for (const phase of ['open', 'closed'] as const) {
    for (const action of actions) {
      it(`${action} in a ${phase} phase`, async () => {
        const got: Record<string, number> = {};
        const want: Record<string, number> = {};
        for (const role of roles) {
          // A fresh proposal per cell, written by the "author", so cells do not affect each other.
          const id = await insertProposal(ctx, f, users.author!.id);
          await setSwitches(ctx, f, phases[phase], { editWindowHours: 72 });
          got[role] = await perform(action, role, id);
          want[role] = expectedStatus(action, role, phase);
        }
        expect(got).toEqual(want);
      });
    }
  }
});
