import { Layout, type PageContext } from '../../../web/layout.tsx';
import { emailDeliveries, type EmailDelivery } from '../kinds.ts';

/** The choice of notification emails: none, one per notification, or a daily digest. */
export function PreferencesPage(props: { ctx: PageContext; current: EmailDelivery; error?: string }) {
  const { t } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t('notifications.prefs.title')}>
      <h1>{t('notifications.prefs.title')}</h1>
      <p><a href="/account/notifications">{t('notifications.prefs.back')}</a></p>
      <p>{t('notifications.prefs.lead')}</p>
      <form method="post" action="/account/notifications/preferences" class="stacked">
        <fieldset class={props.error ? 'field has-error' : 'field'}>
          <legend>{t('notifications.prefs.legend')}</legend>
          {props.error && <p class="field-error">{props.error}</p>}
          {emailDeliveries.map((d) => (
            <div class="field checkbox">
              <input type="radio" id={`delivery-${d}`} name="email_delivery" value={d} checked={props.current === d} />
              <label for={`delivery-${d}`}>{t(`notifications.delivery.${d}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t('notifications.prefs.save')}</button>
      </form>
    </Layout>
  );
}
