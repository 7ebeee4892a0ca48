import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { PublicLogEntry } from '../queries.ts';
import { DataTable } from '../../../web/data-table.tsx';

/** A process's public moderation log: what was hidden or restored, when and why. */
export function PublicLogPage(props: { ctx: PageContext; processTitle: string; processSlug: string; entries: PublicLogEntry[] }) {
  const { t, locale } = props.ctx;
  const title = t('moderation.log.title', { title: props.processTitle });
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p>{t('moderation.log.lead')}</p>
      <p><a href={`/processes/${props.processSlug}`}>{t('moderation.log.back')}</a></p>
      {props.entries.length === 0 ? (
        <p>{t('moderation.log.empty')}</p>
      ) : (
        <DataTable
          caption={t('moderation.log.caption')}
          rows={props.entries}
          columns={[
            { header: t('moderation.log.when'), cell: (e) => formatDateTime(locale, e.createdAt) },
            { header: t('moderation.log.what'), cell: (e) => t(`moderation.type.${e.resourceType === 'comment' ? 'comment' : e.resourceType === 'proposal' ? 'proposal' : 'other'}`, { title: e.title }) },
            { header: t('moderation.log.action'), cell: (e) => t(`moderation.action.${e.action}`) },
            { header: t('moderation.log.why'), cell: (e) => e.publicReason ?? (e.action === 'auto_hide' ? t('moderation.log.autoHideReason') : '—') },
          ]}
        />
      )}
    </Layout>
  );
}
