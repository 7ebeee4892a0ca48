import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { assertNotBlocked } from '../moderation/index.ts';
import { notify } from '../notifications/index.ts';
import { assertAllowed, loadProposalAccess, proposalRefusal, ruleInput } from './access.ts';
import { proposalsChanged } from './list-cache.ts';
import { proposalsSpec } from './settings.ts';
import { assertRequirement } from '../verification/index.ts';
import { adminIds } from './queries.ts';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'config' | 'log' | 'dialect'>;

/**
 * Supports a proposal once. The primary key (proposal, person) makes a second support impossible even
 * when two clicks race: the losing insert changes nothing and the counter moves only with a real insert,
 * in the same transaction.
 */
export async function supportProposal(deps: Deps, user: CurrentUser | null, id: string): Promise<{ supports: number }> {
  // Whether this person already supports it is learnt from the insert below (one query less per click).
  const access = await loadProposalAccess(deps.db, id, user, { checkSupport: false });
  const supporter = assertAllowed('support', { ...(await ruleInput(deps.db, access.context, user, access.facts)), supportLimit: 0 });
  await assertNotBlocked(deps.db, supporter.id);
  const { settings, component } = access.context;
  await assertRequirement(deps.db, supporter, { spec: proposalsSpec, component, action: 'support', neighbourhoodId: access.proposal.neighbourhood_id, returnTo: `/proposals/${id}` });
  const now = new Date().toISOString();
  const result = await deps.db.transaction().execute(async (trx) => {
    // On PostgreSQL, lock the person's row so two supports on different proposals cannot both pass the limit.
    if (settings.supportLimit > 0 && deps.dialect === 'postgres') await trx.selectFrom('user').select('id').where('id', '=', supporter.id).forUpdate().execute();
    const inserted = await trx
      .insertInto('proposal_support')
      .values({ proposal_id: id, user_id: supporter.id, component_id: component.id, created_at: now })
      .onConflict((oc) => oc.columns(['proposal_id', 'user_id']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw proposalRefusal({ status: 409, code: 'already_supported' });
    if (settings.supportLimit > 0) {
      // Counted with the new support: over the limit, the throw rolls the insert back.
      const given = await trx.selectFrom('proposal_support').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', supporter.id).where('component_id', '=', component.id).executeTakeFirstOrThrow();
      if (Number(given.n) > settings.supportLimit) throw proposalRefusal({ status: 409, code: 'support_limit_reached' });
    }
    const row = await trx
      .updateTable('proposal')
      .set((eb) => ({ supports_count: eb('supports_count', '+', 1) }))
      .where('id', '=', id)
      .returning(['supports_count', 'threshold_reached_at'])
      .executeTakeFirstOrThrow();
    let crossed = false;
    if (settings.supportThreshold > 0 && row.supports_count >= settings.supportThreshold && row.threshold_reached_at === null) {
      const marked = await trx.updateTable('proposal').set({ threshold_reached_at: now }).where('id', '=', id).where('threshold_reached_at', 'is', null).executeTakeFirst();
      crossed = Number(marked.numUpdatedRows) === 1;
    }
    return { supports: Number(row.supports_count), crossed };
  });
  proposalsChanged();
  if (result.crossed) {
    await notify(deps, { userIds: await adminIds(deps.db), kind: 'threshold_reached', params: { title: access.proposal.title }, url: `/proposals/${id}` });
  }
  return { supports: result.supports };
}

/** Takes a support back while supports are open. */
export async function unsupportProposal(deps: Deps, user: CurrentUser | null, id: string): Promise<void> {
  const access = await loadProposalAccess(deps.db, id, user);
  const supporter = assertAllowed('unsupport', await ruleInput(deps.db, access.context, user, access.facts));
  await deps.db.transaction().execute(async (trx) => {
    const removed = await trx.deleteFrom('proposal_support').where('proposal_id', '=', id).where('user_id', '=', supporter.id).executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw proposalRefusal({ status: 409, code: 'not_supported' });
    await trx.updateTable('proposal').set((eb) => ({ supports_count: eb('supports_count', '-', 1) })).where('id', '=', id).execute();
  });
  proposalsChanged();
}
