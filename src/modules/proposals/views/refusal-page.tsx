import { Layout, type PageContext } from '../../../web/layout.tsx';

/** A refused action explained in words (supports closed, not the author...), with a way back; nothing was changed. */
export function RefusalPage(props: { ctx: PageContext; messageKey: string; backHref: string | null; signIn: boolean }) {
  const { t } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t('proposals.refusal.title')}>
      <h1>{t('proposals.refusal.title')}</h1>
      <p role="alert">{t(props.messageKey)}</p>
      {props.signIn && <p><a href={`/account/sign-in?next=${encodeURIComponent(props.backHref ?? '/')}`}>{t('layout.signIn')}</a></p>}
      {props.backHref && <p><a href={props.backHref}>{t('proposals.refusal.back')}</a></p>}
    </Layout>
  );
}
