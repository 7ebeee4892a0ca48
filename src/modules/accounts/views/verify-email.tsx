import { emptyForm } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { ResendVerificationForm } from './sign-up.tsx';

/**
 * The page a verification link opens: one button confirms (a POST, so a mail scanner
 * that follows links cannot confirm on the person's behalf). A bad link offers a new one.
 */
export function VerifyEmailPage(props: { ctx: PageContext; token: string; errorKey?: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.verify.title')}>
      <h1>{t('accounts.verify.title')}</h1>
      {props.errorKey || !props.token ? (
        <>
          <p class="field-error" role="alert">{t(props.errorKey ?? 'accounts.errors.invalidLink')}</p>
          <h2>{t('accounts.checkEmail.resendTitle')}</h2>
          <ResendVerificationForm ctx={ctx} form={emptyForm()} />
        </>
      ) : (
        <form method="post" action="/account/verify-email" class="stacked">
          <p>{t('accounts.verify.intro')}</p>
          <input type="hidden" name="token" value={props.token} />
          <button type="submit">{t('accounts.verify.submit')}</button>
        </form>
      )}
    </Layout>
  );
}
