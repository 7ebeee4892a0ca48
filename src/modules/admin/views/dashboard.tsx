import { Layout, type PageContext } from '../../../web/layout.tsx';

/** The admin home: links to every admin tool. */
export function AdminDashboard(props: { ctx: PageContext }) {
  const { t } = props.ctx;
  const links: [string, string][] = [
    ['/admin/processes', 'admin.processes'],
    ['/admin/users', 'admin.users'],
    ['/admin/neighbourhoods', 'admin.neighbourhoods'],
    ['/admin/geography', 'geography.admin.title'],
    ['/admin/indicators', 'indicators.admin.title'],
    ['/admin/verification', 'verification.admin.title'],
    ['/admin/participation', 'participation.admin.title'],
    ['/admin/audit', 'admin.audit'],
    ['/admin/outbox', 'admin.outbox'],
  ];
  return (
    <Layout ctx={props.ctx} title={t('admin.title')}>
      <h1>{t('admin.title')}</h1>
      <p class="lead">{t('admin.intro')}</p>
      <ul class="cards">
        {links.map(([href, key]) => (
          <li class="card"><a href={href}>{t(key)}</a></li>
        ))}
      </ul>
    </Layout>
  );
}
