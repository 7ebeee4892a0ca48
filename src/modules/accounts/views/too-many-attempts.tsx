import { Layout, type PageContext } from '../../../web/layout.tsx';

/** The 429 page: says plainly how many minutes to wait before trying again. */
export function TooManyAttemptsPage(props: { ctx: PageContext; minutes: number; back: string }) {
  const { t } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t('accounts.limited.title')}>
      <h1>{t('accounts.limited.title')}</h1>
      <p>{t('accounts.limited.body', { minutes: props.minutes })}</p>
      <p class="meta">{t('accounts.limited.why')}</p>
      <p><a href={props.back}>{t('accounts.limited.back')}</a></p>
    </Layout>
  );
}
