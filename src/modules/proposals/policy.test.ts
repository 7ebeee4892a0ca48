import { describe, expect, it } from 'vitest';
import type { CurrentUser, Role } from '../../platform/context.ts';
import { refusalFor, type PhaseSwitches, type ProposalAction, type ProposalFacts } from './policy.ts';
import { proposalsSpec } from './settings.ts';

// The rule table: phase settings x role x action -> allowed (null) or the exact refusal code.
type RoleName = 'visitor' | 'unverified' | 'resident' | 'orgMember' | 'author' | 'moderator' | 'admin';
const person = (role: Role, verified = true): CurrentUser => ({ id: `u-${role}`, name: role, email: `${role}@example.org`, emailVerified: verified, role, locale: null });
const users: Record<RoleName, CurrentUser | null> = {
  visitor: null,
  unverified: person('resident', false),
  resident: person('resident'),
  // An organisation member is a resident for these rules; acting for the organisation is checked by parseActor.
  orgMember: person('resident'),
  author: person('resident'),
  moderator: person('moderator'),
  admin: person('admin'),
};
const open: PhaseSwitches = { creationEnabled: true, supportsEnabled: true, commentsEnabled: true };
const closed: PhaseSwitches = { creationEnabled: false, supportsEnabled: false, commentsEnabled: false };
const now = new Date('2026-05-10T12:00:00Z');
const fresh = (over: Partial<ProposalFacts> = {}): ProposalFacts => ({ isAuthor: false, withdrawn: false, hidden: false, createdAt: '2026-05-10T10:00:00Z', supportedByMe: false, ...over });

function decide(action: ProposalAction, role: RoleName, switches: PhaseSwitches, facts: Partial<ProposalFacts> = {}, extra: { limit?: number; given?: number } = {}): string {
  const refusal = refusalFor(action, {
    user: users[role],
    switches,
    editWindowHours: 72,
    supportLimit: extra.limit ?? 0,
    mySupportsInComponent: extra.given ?? 0,
    proposal: fresh({ isAuthor: role === 'author', ...facts }),
    now,
  });
  return refusal ? `${refusal.status} ${refusal.code}` : 'allowed';
}

const roles: RoleName[] = ['visitor', 'unverified', 'resident', 'orgMember', 'author', 'moderator', 'admin'];
const actions = ['create', 'edit', 'support', 'comment', 'answer', 'moderate'] as const satisfies readonly ProposalAction[];

// Expected outcome per action, role and phase (open / closed); '' means the same as when open.
const table: Record<(typeof actions)[number], Partial<Record<RoleName, [open: string, closed: string]>>> = {
  create: {
    resident: ['allowed', '403 creation_closed'],
    orgMember: ['allowed', '403 creation_closed'],
    author: ['allowed', '403 creation_closed'],
    moderator: ['allowed', '403 creation_closed'],
    admin: ['allowed', '403 creation_closed'],
  },
  edit: {
    resident: ['403 not_author', '403 not_author'],
    orgMember: ['403 not_author', '403 not_author'],
    author: ['allowed', 'allowed'],
    moderator: ['403 not_author', '403 not_author'],
    admin: ['403 not_author', '403 not_author'],
  },
  support: {
    resident: ['allowed', '403 supports_closed'],
    orgMember: ['allowed', '403 supports_closed'],
    author: ['allowed', '403 supports_closed'],
    moderator: ['allowed', '403 supports_closed'],
    admin: ['allowed', '403 supports_closed'],
  },
  comment: {
    resident: ['allowed', '403 comments_closed'],
    orgMember: ['allowed', '403 comments_closed'],
    author: ['allowed', '403 comments_closed'],
    moderator: ['allowed', '403 comments_closed'],
    admin: ['allowed', '403 comments_closed'],
  },
  answer: {
    resident: ['403 admin_only', '403 admin_only'],
    orgMember: ['403 admin_only', '403 admin_only'],
    author: ['403 admin_only', '403 admin_only'],
    moderator: ['403 admin_only', '403 admin_only'],
    admin: ['allowed', 'allowed'],
  },
  moderate: {
    resident: ['403 moderator_only', '403 moderator_only'],
    orgMember: ['403 moderator_only', '403 moderator_only'],
    author: ['403 moderator_only', '403 moderator_only'],
    moderator: ['allowed', 'allowed'],
    admin: ['allowed', 'allowed'],
  },
};

describe('proposal rules: phase x role x action', () => {
  for (const action of actions) {
    for (const role of roles) {
      const expected: [string, string] =
        role === 'visitor' ? ['401 sign_in_required', '401 sign_in_required'] : role === 'unverified' ? ['403 email_unverified', '403 email_unverified'] : table[action][role]!;
      it(`${action} by ${role}: open phase -> ${expected[0]}, closed phase -> ${expected[1]}`, () => {
        expect(decide(action, role, open)).toBe(expected[0]);
        expect(decide(action, role, closed)).toBe(expected[1]);
      });
    }
  }
});

describe('proposal rules: state of the proposal', () => {
  const cases: [string, () => string, string][] = [
    ['support twice', () => decide('support', 'resident', open, { supportedByMe: true }), '409 already_supported'],
    ['support a withdrawn proposal', () => decide('support', 'resident', open, { withdrawn: true }), '409 proposal_withdrawn'],
    ['support a hidden proposal', () => decide('support', 'resident', open, { hidden: true }), '403 proposal_hidden'],
    ['support over the limit', () => decide('support', 'resident', open, {}, { limit: 3, given: 3 }), '409 support_limit_reached'],
    ['support under the limit', () => decide('support', 'resident', open, {}, { limit: 3, given: 2 }), 'allowed'],
    ['take back a support while open', () => decide('unsupport', 'resident', open, { supportedByMe: true }), 'allowed'],
    ['take back a support once closed', () => decide('unsupport', 'resident', closed, { supportedByMe: true }), '403 supports_closed'],
    ['take back a support never given', () => decide('unsupport', 'resident', open), '409 not_supported'],
    ['comment on a hidden proposal', () => decide('comment', 'resident', open, { hidden: true }), '403 proposal_hidden'],
    ['comment on a withdrawn proposal', () => decide('comment', 'resident', open, { withdrawn: true }), '409 proposal_withdrawn'],
    ['edit after the window', () => decide('edit', 'author', open, { createdAt: '2026-05-01T10:00:00Z' }), '403 edit_window_over'],
    ['edit a withdrawn proposal', () => decide('edit', 'author', open, { withdrawn: true }), '409 proposal_withdrawn'],
    ['withdraw by the author', () => decide('withdraw', 'author', closed), 'allowed'],
    ['withdraw by someone else', () => decide('withdraw', 'resident', open), '403 not_author'],
    ['withdraw twice', () => decide('withdraw', 'author', open, { withdrawn: true }), '409 proposal_withdrawn'],
    ['invite a co-author by someone else', () => decide('invite', 'resident', open), '403 not_author'],
  ];
  for (const [name, run, expected] of cases) it(`${name} -> ${expected}`, () => expect(run()).toBe(expected));
});

describe('proposal rules follow the component spec', () => {
  // The rules read who may act and which switch opens an action from the spec: changing it changes the rule.
  const input = (role: RoleName, switches: PhaseSwitches) => ({ user: users[role], switches, editWindowHours: 72, supportLimit: 0, mySupportsInComponent: 0, proposal: fresh(), now });
  const code = (refusal: ReturnType<typeof refusalFor>) => (refusal ? `${refusal.status} ${refusal.code}` : 'allowed');

  it('comments opened by the supports switch follow that switch', () => {
    const spec = { actions: { ...proposalsSpec.actions, comment: { permission: 'resident', enabledBy: 'supportsEnabled' } } } as const;
    const onlySupports: PhaseSwitches = { creationEnabled: false, supportsEnabled: true, commentsEnabled: false };
    expect(code(refusalFor('comment', input('resident', onlySupports)))).toBe('403 comments_closed');
    expect(code(refusalFor('comment', input('resident', onlySupports), spec))).toBe('allowed');
    expect(code(refusalFor('comment', input('resident', open), spec))).toBe('allowed');
    expect(code(refusalFor('comment', input('resident', { ...open, supportsEnabled: false }), spec))).toBe('403 supports_closed');
  });

  it('an action restricted to moderators refuses residents', () => {
    const spec = { actions: { ...proposalsSpec.actions, create: { permission: 'moderator', enabledBy: 'creationEnabled' } } } as const;
    expect(code(refusalFor('create', input('resident', open)))).toBe('allowed');
    expect(code(refusalFor('create', input('resident', open), spec))).toBe('403 moderator_only');
    expect(code(refusalFor('create', input('moderator', open), spec))).toBe('allowed');
  });
});
