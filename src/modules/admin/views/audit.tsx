import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { auditActionLabel, auditTypeLabel, describeAuditDetails } from '../audit-details.ts';
import { targetName } from '../audit-names.ts';
import { DataTable } from '../../../web/data-table.tsx';

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

/** The audit log as a clerk reads it: who (for which organisation), what in words, about whom or what by name, and the changes. */
export function AuditPage(props: { ctx: PageContext; rows: AuditRow[]; names: Map<string, string>; olderHref: string | null }) {
  const { t, locale } = props.ctx;
  const who = (r: AuditRow) => (!r.actor_user_id ? t('admin.audit.system') : r.actor_deleted ? t('common.deletedParticipant') : (r.actor_name ?? '—'));
  const about = (r: AuditRow) => {
    const type = auditTypeLabel(t, r.target_type);
    if (!r.target_id) return type;
    const name = targetName(props.names, r);
    if (!name) return `${type} ${r.target_id.slice(0, 8)}`;
    return locale === 'fr' ? `${type} « ${name} »` : `${type} “${name}”`;
  };
  return (
    <Layout ctx={props.ctx} title={t('admin.audit')}>
      <h1>{t('admin.audit')}</h1>
      {props.rows.length === 0 ? (
        <p>{t('admin.audit.empty')}</p>
      ) : (
        <DataTable
          class="audit-log"
          caption={t('admin.audit')}
          captionHidden
          rows={props.rows}
          columns={[
            { header: t('admin.audit.when'), cell: (r) => <time datetime={r.created_at}>{formatDateTime(locale, r.created_at)}</time> },
            {
              header: t('admin.audit.who'),
              cell: (r) => (
                <>
                  {who(r)}
                  {r.org_name && <span class="hint">{` ${t('admin.audit.onBehalfOf')} ${r.org_name}`}</span>}
                </>
              ),
            },
            {
              header: t('admin.audit.what'),
              cell: (r) => (
                <>
                  <strong>{auditActionLabel(t, r.action)}</strong>
                  <br />
                  {about(r)}
                </>
              ),
            },
            {
              header: t('admin.audit.details'),
              cell: (r) => {
                const changes = describeAuditDetails(t, r.action, r.details);
                return changes.length > 0 && <ul class="audit-changes">{changes.map((line) => <li>{line}</li>)}</ul>;
              },
            },
          ]}
        />
      )}
      {props.olderHref && <p><a href={props.olderHref}>{t('admin.audit.older')}</a></p>}
    </Layout>
  );
}
