import type { PageContext } from '../../../web/layout.tsx';

// The account area's pages; later features (notifications, invitations) add their link here.
const sections = [
  { href: '/account', key: 'accounts.nav.profile' },
  { href: '/account/security', key: 'accounts.nav.security' },
  { href: '/account/notifications', key: 'notifications.page.title' },
  { href: '/account/export', key: 'accounts.nav.export' },
  { href: '/account/delete', key: 'accounts.nav.delete' },
];

/** Links between the pages of "My account", the current one marked for screen readers. */
export function AccountNav(props: { ctx: PageContext; current: string }) {
  const { t } = props.ctx;
  return (
    <nav aria-label={t('accounts.nav.label')}>
      <ul class="actions">
        {sections.map((s) => (
          <li><a href={s.href} aria-current={s.href === props.current ? 'page' : undefined}>{t(s.key)}</a></li>
        ))}
      </ul>
    </nav>
  );
}
