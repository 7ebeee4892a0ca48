import { formatDateTime } from '../../../platform/i18n/index.ts';
import { ConfirmDetails, ConfirmPage, type Consequences } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { SessionSummary } from '../queries.ts';

/** A session to end, and whether it is the one making the request (ending it signs this browser out). */
export interface SessionEnding {
  session: Pick<SessionSummary, 'id' | 'userAgent' | 'lastSeenAt'>;
  current: boolean;
}

function consequences(ctx: PageContext, e: SessionEnding): Consequences {
  const { t, locale } = ctx;
  const device = e.session.userAgent || t('accounts.security.unknownDevice');
  return {
    happens: t(e.current ? 'accounts.revoke.happensHere' : 'accounts.revoke.happens'),
    lost: [t('accounts.revoke.lost', { device, date: formatDateTime(locale, e.session.lastSeenAt) })],
    kept: [t('accounts.revoke.kept')],
  };
}

const confirmAction = (ctx: PageContext, e: SessionEnding) => ({
  action: `/account/sessions/${encodeURIComponent(e.session.id)}/revoke`,
  submitLabel: ctx.t(e.current ? 'accounts.security.signOutHere' : 'accounts.security.revoke'),
});

/** The inline confirmation in a row of the sessions table. */
export function RevokeDetails(props: { ctx: PageContext; ending: SessionEnding }) {
  const { ctx, ending } = props;
  return <ConfirmDetails ctx={ctx} summary={ctx.t(ending.current ? 'accounts.revoke.summaryHere' : 'accounts.revoke.summary')} consequences={consequences(ctx, ending)} confirm={confirmAction(ctx, ending)} />;
}

/** The same confirmation as a page, answered to an ending posted without it. */
export function RevokePage(props: { ctx: PageContext; ending: SessionEnding }) {
  const { ctx, ending } = props;
  return (
    <ConfirmPage
      ctx={ctx}
      title={ctx.t('accounts.revoke.title')}
      back={{ href: '/account/security', label: ctx.t('accounts.security.title') }}
      consequences={consequences(ctx, ending)}
      confirm={confirmAction(ctx, ending)}
      unconfirmed
    />
  );
}
