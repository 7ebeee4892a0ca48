import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';

interface AuditRow {
  id: string;
  action: string;
  target_type: string;
  target_id: string | null;
  details: string;
  created_at: string;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_deleted: string | null;
  org_name: string | null;
}

/** The audit log: who, acting as whom, did what, when. */
export function AuditPage(props: { ctx: PageContext; rows: AuditRow[]; olderHref: string | null }) {
  const { t, locale } = props.ctx;
  const who = (r: AuditRow) => (!r.actor_user_id ? t('admin.audit.system') : r.actor_deleted ? t('common.deletedParticipant') : (r.actor_name ?? '—'));
  return (
    <Layout ctx={props.ctx} title={t('admin.audit')}>
      <h1>{t('admin.audit')}</h1>
      {props.rows.length === 0 ? (
        <p>{t('admin.audit.empty')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('admin.audit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.onBehalfOf')}</th>
              <th scope="col">{t('admin.audit.what')}</th>
              <th scope="col">{t('admin.audit.target')}</th>
              <th scope="col">{t('admin.audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td><time datetime={r.created_at}>{formatDateTime(locale, r.created_at)}</time></td>
                <td>{who(r)}</td>
                <td>{r.org_name ?? '—'}</td>
                <td><code>{r.action}</code></td>
                <td>{`${r.target_type}${r.target_id ? ` ${r.target_id.slice(0, 8)}` : ''}`}</td>
                <td><code>{r.details === '{}' ? '' : r.details}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.olderHref && <p><a href={props.olderHref}>{t('admin.audit.older')}</a></p>}
    </Layout>
  );
}
