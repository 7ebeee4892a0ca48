import type { PageContext } from '../../../web/layout.tsx';
import type { VerificationRow } from '../register.ts';
import { isLive } from '../register.ts';

/** A date as the reader writes it. */
export const shortDate = (ctx: PageContext, iso: string): string => new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long' }).format(new Date(iso));

/** What the register says about the person: method, neighbourhood, since and until when (or nothing yet). */
export function VerificationStatus(props: { ctx: PageContext; row: VerificationRow | undefined; neighbourhood: string | null }) {
  const { ctx, row } = props;
  const { t } = ctx;
  if (!row) return <p>{t('verification.status.none')}</p>;
  const params = { method: t(`verification.method.${row.method}`), neighbourhood: props.neighbourhood ?? t('verification.status.noNeighbourhood'), since: shortDate(ctx, row.verified_at), until: shortDate(ctx, row.expires_at) };
  return <p class="notice">{t(isLive(row) ? 'verification.status.live' : 'verification.status.expired', params)}</p>;
}
