import { ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { passwordRuleHint } from './password-rule.tsx';

/** Asks for the email address to send a reset link to (the answer never says whether it has an account). */
export function ForgotPasswordPage(props: { ctx: PageContext; form: FormState }) {
  const { ctx, form } = props;
  const { t } = ctx;
  const labels = { email: t('accounts.field.email') };
  return (
    <Layout ctx={ctx} title={t('accounts.forgot.title')}>
      <h1>{t('accounts.forgot.title')}</h1>
      <p>{t('accounts.forgot.intro')}</p>
      <form method="post" action="/account/forgot-password" class="stacked" novalidate>
        <ErrorSummary state={form} t={t} labels={labels} />
        <TextField state={form} name="email" type="email" label={labels.email} required autocomplete="email" maxlength={254} t={t} />
        <button type="submit">{t('accounts.forgot.submit')}</button>
      </form>
    </Layout>
  );
}

/** The page a reset link opens: choose a new password. */
export function ResetPasswordPage(props: { ctx: PageContext; form: FormState; token: string }) {
  const { ctx, form } = props;
  const { t } = ctx;
  const labels = { password: t('accounts.field.newPassword'), _form: t('accounts.field.request') };
  return (
    <Layout ctx={ctx} title={t('accounts.reset.title')}>
      <h1>{t('accounts.reset.title')}</h1>
      {form.errors._form && <p><a href="/account/forgot-password">{t('accounts.reset.askAgain')}</a></p>}
      <form method="post" action="/account/reset-password" class="stacked" novalidate>
        <ErrorSummary state={form} t={t} labels={labels} />
        <input type="hidden" name="token" value={props.token} />
        <TextField state={form} name="password" type="password" label={labels.password} hint={passwordRuleHint(t)} required autocomplete="new-password" maxlength={128} t={t} />
        <button type="submit">{t('accounts.reset.submit')}</button>
      </form>
    </Layout>
  );
}
