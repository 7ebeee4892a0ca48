import type { PageContext } from '../../../web/layout.tsx';
import type { RequirementRefusal } from '../requirement.ts';

/** Tells a person why an action needs a verification and links to where they get one (and come back). */
export function RequirementNotice(props: { ctx: PageContext; refusal: RequirementRefusal }) {
  const { t } = props.ctx;
  const { refusal } = props;
  const method = t(`verification.method.${refusal.requirement.method}`);
  return (
    <div class="notice" role="status">
      <p>{t(`verification.refusal.${refusal.reason}`, { method })}</p>
      <p><a href={refusal.reason === 'sign_in' ? `/account/sign-in?next=${encodeURIComponent(refusal.href)}` : refusal.href}>{t('verification.refusal.link')}</a></p>
    </div>
  );
}
