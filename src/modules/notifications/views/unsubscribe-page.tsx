import { Layout, type PageContext } from '../../../web/layout.tsx';

/** The unsubscribe link's page: one button to confirm (a link preview must not unsubscribe anyone), then the result. */
export function UnsubscribePage(props: { ctx: PageContext; token: string; state: 'confirm' | 'done' | 'invalid' }) {
  const { t } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t('notifications.unsubscribe.title')}>
      <h1>{t('notifications.unsubscribe.title')}</h1>
      {props.state === 'invalid' && <p class="field-error" role="alert">{t('notifications.unsubscribe.invalid')}</p>}
      {props.state === 'done' && <p class="notice" role="status">{t('notifications.unsubscribe.done')}</p>}
      {props.state === 'confirm' && (
        <form method="post" action="/notifications/unsubscribe" class="stacked">
          <input type="hidden" name="token" value={props.token} />
          <p>{t('notifications.unsubscribe.lead')}</p>
          <button type="submit">{t('notifications.unsubscribe.submit')}</button>
        </form>
      )}
      <p><a href="/account/notifications/preferences">{t('notifications.unsubscribe.preferences')}</a></p>
    </Layout>
  );
}
