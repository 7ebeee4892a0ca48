import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { NotificationItem } from '../queries.ts';
import { PostButton } from '../../../web/post-button.tsx';

/** "My notifications": newest first, unread ones marked, each opened through a form that marks it read. */
export function NotificationsPage(props: { ctx: PageContext; items: NotificationItem[] }) {
  const { t, locale } = props.ctx;
  const unread = props.items.filter((n) => !n.readAt).length;
  return (
    <Layout ctx={props.ctx} title={t('notifications.page.title')}>
      <h1>{t('notifications.page.title')}</h1>
      <ul class="actions">
        <li><a href="/account">{t('notifications.page.account')}</a></li>
        <li><a href="/account/notifications/preferences">{t('notifications.page.preferences')}</a></li>
      </ul>
      <p>{t('notifications.page.unread', { count: unread })}</p>
      {unread > 0 && (
        <PostButton action="/account/notifications/read-all" label={t('notifications.page.markAllRead')} />
      )}
      {props.items.length === 0 ? (
        <p>{t('notifications.page.empty')}</p>
      ) : (
        <ul class="cards notifications">
          {props.items.map((n) => (
            <li class={n.readAt ? 'card' : 'card unread'}>
              <p>
                {!n.readAt && <><span class="badge">{t('notifications.page.new')}</span>{' '}</>}
                {t(`notifications.kind.${n.kind}`, n.params)}
              </p>
              {n.params.statusKey && <p>{t('notifications.mail.status', { status: t(n.params.statusKey) })}</p>}
              {n.params.reason && <p>{t('notifications.mail.reason', { reason: n.params.reason })}</p>}
              {n.params.news && <blockquote class="notification-news">{n.params.news}</blockquote>}
              <p class="meta">{formatDateTime(locale, n.createdAt)}</p>
              <PostButton action={`/account/notifications/${n.id}/open`} buttonClass="link-button" label={t('notifications.page.open')} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
