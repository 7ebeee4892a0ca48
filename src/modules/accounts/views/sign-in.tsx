import { ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { ResendVerificationForm } from './sign-up.tsx';

/** The sign-in form; when the email is not verified yet, it explains and offers to resend the link. */
export function SignInPage(props: { ctx: PageContext; form: FormState; next: string; unverifiedEmail?: string }) {
  const { ctx, form } = props;
  const { t } = ctx;
  const labels = { email: t('accounts.field.email'), password: t('accounts.field.password'), _form: t('accounts.field.request') };
  return (
    <Layout ctx={ctx} title={t('accounts.signIn.title')}>
      <h1>{t('accounts.signIn.title')}</h1>
      {props.unverifiedEmail !== undefined && (
        <div class="notice" role="alert">
          <p>{t('accounts.signIn.unverified')}</p>
          <ResendVerificationForm ctx={ctx} form={form} hiddenEmail={props.unverifiedEmail} />
        </div>
      )}
      <form method="post" action="/account/sign-in" class="stacked" novalidate>
        <ErrorSummary state={form} t={t} labels={labels} />
        <input type="hidden" name="next" value={props.next} />
        <TextField state={form} name="email" type="email" label={labels.email} required autocomplete="email" maxlength={254} t={t} />
        <TextField state={form} name="password" type="password" label={labels.password} required autocomplete="current-password" maxlength={128} t={t} />
        <div class="actions">
          <button type="submit">{t('accounts.signIn.submit')}</button>
          <a href="/account/forgot-password">{t('accounts.signIn.forgot')}</a>
          <a href="/account/sign-up">{t('accounts.signIn.noAccount')}</a>
        </div>
      </form>
    </Layout>
  );
}
