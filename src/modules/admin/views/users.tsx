import type { Role } from '../../../platform/context.ts';
import { formatNumber } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { DataTable } from '../../../web/data-table.tsx';

interface PersonRow {
  id: string;
  name: string;
  email: string;
  emailVerified: number | boolean;
  role: string | null;
}

const roles: Role[] = ['resident', 'moderator', 'admin'];

/** People with their role and a form per row to change it. */
export function UsersPage(props: { ctx: PageContext; rows: PersonRow[]; total: number; search: string; offset: number; pageSize: number; error: string | null }) {
  const { t, locale } = props.ctx;
  const next = props.offset + props.pageSize < props.total ? props.offset + props.pageSize : null;
  return (
    <Layout ctx={props.ctx} title={t('admin.users')}>
      <h1>{t('admin.users')}</h1>
      {props.error && <p class="error-summary" role="alert">{t(props.error)}</p>}
      <form method="get" action="/admin/users" role="search" class="actions">
        <label for="search">{t('admin.users.search')}</label>
        <input type="search" id="search" name="q" value={props.search} />
        <button type="submit">{t('admin.users.searchButton')}</button>
      </form>
      <p>{t('admin.users.count', { count: formatNumber(locale, props.total) })}</p>
      <DataTable
        caption={t('admin.users')}
        captionHidden
        rows={props.rows}
        columns={[
          { header: t('admin.users.name'), cell: (p) => p.name },
          { header: t('admin.users.email'), cell: (p) => p.email },
          { header: t('admin.users.verified'), cell: (p) => (p.emailVerified ? t('common.yes') : t('common.no')) },
          {
            header: t('admin.users.role'),
            cell: (p) => (
              <form method="post" action={`/admin/users/${p.id}/role`} class="actions">
                <label class="visually-hidden" for={`role-${p.id}`}>{t('admin.users.roleFor', { name: p.name })}</label>
                <select id={`role-${p.id}`} name="role">
                  {roles.map((r) => <option value={r} selected={(p.role ?? 'resident') === r}>{t(`role.${r}`)}</option>)}
                </select>
                <button type="submit" class="secondary">{t('admin.users.change')}</button>
              </form>
            ),
          },
        ]}
      />
      {next !== null && <p><a href={`/admin/users?q=${encodeURIComponent(props.search)}&offset=${next}`}>→ {next + 1}</a></p>}
    </Layout>
  );
}
