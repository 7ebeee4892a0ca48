import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { listAttachments } from '../attachments/index.ts';
import { loadCommentThread, parseCommentListing } from '../comments/index.ts';
import { meetingOrigin } from '../meetings/index.ts';
import { listActingOptions } from '../organisations/index.ts';
import { loadProposalAccess, ruleInput, seesHidden } from './access.ts';
import { refusalFor } from './policy.ts';
import { findProposalView, listAnswers, listCoauthors, listVersions, ownersAmong } from './queries.ts';
import { proposalCommentContext } from './registration.ts';
import type { ProposalPageData } from './views/proposal-page.tsx';

/** Gathers everything the page of one proposal shows for the current viewer. */
export async function loadProposalPageData(c: Context<AppEnv>, id: string, forms: { answer?: FormState; invite?: FormState } = {}): Promise<ProposalPageData> {
  const { db, config } = c.var.deps;
  const user = c.var.user;
  const access = await loadProposalAccess(db, id, user);
  const input = await ruleInput(db, access.context, user, access.facts);
  const code = (action: 'edit' | 'withdraw' | 'invite' | 'support' | 'unsupport') => refusalFor(action, input)?.code ?? null;
  const p = access.proposal;
  const coauthorsLoaded = listCoauthors(db, id);
  const membershipsLoaded = user ? listActingOptions(db, user.id) : Promise.resolve([]);
  // The debate reuses what this page loads anyway (the proposal, its component, owners, the viewer's organisations).
  const threadLoaded = Promise.all([coauthorsLoaded, membershipsLoaded]).then(([co, acting]) =>
    loadCommentThread(c.var.deps, { type: 'proposal', id }, user, parseCommentListing((name) => c.req.query(name)), {
      context: proposalCommentContext(p, access.context, user, ownersAmong(p, co)),
      actingOptions: acting,
    }),
  );
  const [view, coauthors, versions, answers, thread, memberships, origin, attachments] = await Promise.all([
    findProposalView(db, id),
    coauthorsLoaded,
    listVersions(db, id),
    listAnswers(db, id),
    threadLoaded,
    membershipsLoaded,
    meetingOrigin(db, id),
    listAttachments(db, { type: 'proposal', id }),
  ]);
  const myOrgs = new Set(memberships.map((m) => m.organisationId));
  const myInvitations = coauthors.filter((co) => co.status === 'pending' && ((user && co.user_id === user.id) || (co.organisation_id && myOrgs.has(co.organisation_id))));
  return {
    access,
    view: view!,
    coauthors,
    versions,
    answers,
    thread,
    myInvitations,
    origin,
    shareUrl: `${config.baseUrl}/proposals/${id}`,
    seesHidden: seesHidden(user),
    refusals: { edit: code('edit'), withdraw: code('withdraw'), invite: code('invite'), support: code('support'), unsupport: code('unsupport') },
    answerForm: forms.answer ?? emptyForm({ status: p.draft_status ?? p.answer_status ?? 'evaluating', rationale: p.draft_status ? p.draft_text : p.answer_text }),
    inviteForm: forms.invite ?? emptyForm(),
    attachments,
  };
}
