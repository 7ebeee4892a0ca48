import { ConfirmDetails, ConfirmPage, type Consequences } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';

/**
 * A membership change that cannot be taken back by the person it concerns: removing a member,
 * leaving, cancelling an invitation. `params` fill the texts (organisation, name, role, email).
 */
export interface MembershipEnding {
  kind: 'remove' | 'leave' | 'cancel';
  action: string;
  back: string;
  params: Record<string, string>;
}

function consequences(ctx: PageContext, e: MembershipEnding): Consequences {
  const { t } = ctx;
  const key = `org.confirm.${e.kind}`;
  return { happens: t(`${key}.happens`, e.params), lost: [t(`${key}.lost`, e.params)], kept: [t(`${key}.kept`, e.params)] };
}

const confirmAction = (ctx: PageContext, e: MembershipEnding) => ({ action: e.action, submitLabel: ctx.t(`org.confirm.${e.kind}.submit`, e.params) });

/** The inline confirmation beside a member, an invitation or one's own membership. */
export function MembershipEndingDetails(props: { ctx: PageContext; ending: MembershipEnding }) {
  const { ctx, ending } = props;
  return <ConfirmDetails ctx={ctx} summary={ctx.t(`org.confirm.${ending.kind}.summary`, ending.params)} consequences={consequences(ctx, ending)} confirm={confirmAction(ctx, ending)} />;
}

/** The same confirmation as a page, answered to a change posted without it. */
export function MembershipEndingPage(props: { ctx: PageContext; ending: MembershipEnding }) {
  const { ctx, ending } = props;
  return (
    <ConfirmPage
      ctx={ctx}
      title={ctx.t(`org.confirm.${ending.kind}.title`, ending.params)}
      back={{ href: ending.back, label: ending.params.organisation }}
      consequences={consequences(ctx, ending)}
      confirm={confirmAction(ctx, ending)}
      unconfirmed
    />
  );
}
