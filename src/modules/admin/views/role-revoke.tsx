import { ConfirmPage } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { RoleRevocation } from '../service.ts';

/**
 * The confirmation step of taking a role away (the users page posts straight here when the chosen
 * role is lower): who loses what, what stays, and a warning when admins revoke their own role.
 */
export function RoleRevokePage(props: { ctx: PageContext; revocation: RoleRevocation; self: boolean }) {
  const { ctx, revocation: r, self } = props;
  const { t } = ctx;
  const roles = { name: r.name, from: t(`role.${r.from}`), to: t(`role.${r.to}`) };
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('admin.revoke.title', roles)}
      back={{ href: '/admin/users', label: t('admin.users') }}
      consequences={{
        happens: t(self ? 'admin.revoke.happensSelf' : 'admin.revoke.happens', roles),
        lost: [t(`admin.revoke.lost.${r.from}`)],
        kept: [t('admin.revoke.kept')],
      }}
      confirm={{ action: `/admin/users/${r.userId}/role`, submitLabel: t('admin.revoke.submit'), hidden: { role: r.to } }}
    />
  );
}
