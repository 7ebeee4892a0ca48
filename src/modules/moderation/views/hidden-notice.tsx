import type { PageContext } from '../../../web/layout.tsx';
import { cleanPublicReason } from '../public-reason.ts';

/** What replaces hidden content: the moderators' public reason, or "pending review" when flags hid it. */
export function HiddenNotice(props: { ctx: PageContext; reason: string | null }) {
  const { t } = props.ctx;
  return (
    <p class="notice moderation-hidden">
      {props.reason ? t('moderation.hidden.withReason', { reason: cleanPublicReason(props.reason) }) : t('moderation.hidden.pendingReview')}
    </p>
  );
}
