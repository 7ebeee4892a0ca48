import type { PageContext } from '../../../web/layout.tsx';

/** What replaces hidden content: the moderators' public reason, or "pending review" when flags hid it. */
export function HiddenNotice(props: { ctx: PageContext; reason: string | null }) {
  const { t } = props.ctx;
  return (
    <p class="notice moderation-hidden">
      {props.reason ? t('moderation.hidden.withReason', { reason: props.reason }) : t('moderation.hidden.pendingReview')}
    </p>
  );
}
