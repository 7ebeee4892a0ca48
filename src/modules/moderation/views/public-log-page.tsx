import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { PublicLogEntry } from '../queries.ts';

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
        <table tabindex={0}>
          <caption>{t('moderation.log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moderation.log.when')}</th>
              <th scope="col">{t('moderation.log.what')}</th>
              <th scope="col">{t('moderation.log.action')}</th>
              <th scope="col">{t('moderation.log.why')}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((e) => (
              <tr>
                <td>{formatDateTime(locale, e.createdAt)}</td>
                <td>{t(`moderation.type.${e.resourceType === 'comment' ? 'comment' : e.resourceType === 'proposal' ? 'proposal' : 'other'}`, { title: e.title })}</td>
                <td>{t(`moderation.action.${e.action}`)}</td>
                <td>{e.publicReason ?? (e.action === 'auto_hide' ? t('moderation.log.autoHideReason') : '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
