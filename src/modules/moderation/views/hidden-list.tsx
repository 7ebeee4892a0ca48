import { formatDateTime } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { HiddenItem } from '../queries.ts';
import { PostButton } from '../../../web/post-button.tsx';

/** Hidden content with no open reports, so a moderator can still restore it after a second look. */
export function HiddenList(props: { ctx: PageContext; items: HiddenItem[] }) {
  const { t, locale } = props.ctx;
  if (props.items.length === 0) return <p>{t('moderation.hiddenList.empty')}</p>;
  return (
    <table tabindex={0}>
      <caption>{t('moderation.hiddenList.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('moderation.log.what')}</th>
          <th scope="col">{t('moderation.log.when')}</th>
          <th scope="col">{t('moderation.log.why')}</th>
          <th scope="col">{t('moderation.blocks.lift')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => (
          <tr>
            <td><a href={item.resource.url}>{t(`moderation.type.${item.type === 'comment' || item.type === 'proposal' ? item.type : 'other'}`, { title: item.resource.title })}</a></td>
            <td>{formatDateTime(locale, item.hiddenAt)}</td>
            <td>{item.publicReason ?? t('moderation.log.autoHideReason')}</td>
            <td>
              <PostButton action="/moderation/restore" fields={{ resource_type: item.type, resource_id: item.id }} label={t('moderation.restore.submit')} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
