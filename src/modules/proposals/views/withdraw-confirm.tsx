import { ConfirmDetails, ConfirmPage, type Consequences } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';

function consequences(ctx: PageContext): Consequences {
  const { t } = ctx;
  return { happens: t('proposals.withdraw.happens'), lost: [t('proposals.withdraw.lost')], kept: [t('proposals.withdraw.kept')] };
}

/** The author's inline confirmation of withdrawing their proposal (final: it cannot be put back). */
export function WithdrawDetails(props: { ctx: PageContext; proposalId: string }) {
  const { ctx } = props;
  return <ConfirmDetails ctx={ctx} summary={ctx.t('proposals.withdraw.link')} consequences={consequences(ctx)} confirm={{ action: `/proposals/${props.proposalId}/withdraw`, submitLabel: ctx.t('proposals.withdraw.submit') }} />;
}

/** The same confirmation as a page, answered to a withdrawal posted without it. */
export function WithdrawPage(props: { ctx: PageContext; proposal: { id: string; title: string } }) {
  const { ctx, proposal } = props;
  const { t } = ctx;
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('proposals.withdraw.title', { title: proposal.title })}
      back={{ href: `/proposals/${proposal.id}`, label: proposal.title }}
      consequences={consequences(ctx)}
      confirm={{ action: `/proposals/${proposal.id}/withdraw`, submitLabel: t('proposals.withdraw.submit') }}
      unconfirmed
    />
  );
}
