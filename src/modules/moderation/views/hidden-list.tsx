import { formatDateTime } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { HiddenItem } from '../queries.ts';
import { PostButton } from '../../../web/post-button.tsx';
import { DataTable } from '../../../web/data-table.tsx';

/** Hidden content with no open reports, so a moderator can still restore it after a second look. */
export function HiddenList(props: { ctx: PageContext; items: HiddenItem[] }) {
  const { t, locale } = props.ctx;
  if (props.items.length === 0) return <p>{t('moderation.hiddenList.empty')}</p>;
  return (
    <DataTable
      caption={t('moderation.hiddenList.caption')}
      rows={props.items}
      columns={[
        { header: t('moderation.log.what'), cell: (item) => <a href={item.resource.url}>{t(`moderation.type.${item.type === 'comment' || item.type === 'proposal' ? item.type : 'other'}`, { title: item.resource.title })}</a> },
        { header: t('moderation.log.when'), cell: (item) => formatDateTime(locale, item.hiddenAt) },
        { header: t('moderation.log.why'), cell: (item) => item.publicReason ?? t('moderation.log.autoHideReason') },
        { header: t('moderation.blocks.lift'), cell: (item) => <PostButton action="/moderation/restore" fields={{ resource_type: item.type, resource_id: item.id }} label={t('moderation.restore.submit')} /> },
      ]}
    />
  );
}
