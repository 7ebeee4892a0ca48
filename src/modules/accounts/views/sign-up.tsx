import { CheckboxField, ErrorSummary, SelectField, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { passwordRuleHint } from './password-rule.tsx';

/** The sign-up form: name, email, password (with its rule stated) and preferred language. */
export function SignUpPage(props: { ctx: PageContext; form: FormState }) {
  const { ctx, form } = props;
  const { t } = ctx;
  const labels = { name: t('accounts.field.name'), email: t('accounts.field.email'), password: t('accounts.field.password'), locale: t('accounts.field.locale'), terms: t('accounts.field.terms'), _form: t('accounts.field.request') };
  return (
    <Layout ctx={ctx} title={t('accounts.signUp.title')}>
      <h1>{t('accounts.signUp.title')}</h1>
      <p class="lead">{t('accounts.signUp.intro')}</p>
      <form method="post" action="/account/sign-up" class="stacked" novalidate>
        <ErrorSummary state={form} t={t} labels={labels} />
        <TextField state={form} name="name" label={labels.name} hint={t('accounts.field.nameHint')} required autocomplete="name" maxlength={80} t={t} />
        <TextField state={form} name="email" type="email" label={labels.email} required autocomplete="email" maxlength={254} t={t} />
        <TextField state={form} name="password" type="password" label={labels.password} hint={passwordRuleHint(t)} required autocomplete="new-password" maxlength={128} t={t} />
        <SelectField
          state={form}
          name="locale"
          label={labels.locale}
          hint={t('accounts.field.localeHint')}
          required
          options={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]}
          t={t}
        />
        <p class="meta">
          {t('accounts.signUp.privacy')} <a href="/legal/privacy">{t('accounts.signUp.privacyLink')}</a>
        </p>
        <p>
          <a href="/legal/terms" target="_blank" rel="noopener">{t('accounts.signUp.termsLink')}</a>
        </p>
        <CheckboxField state={form} name="terms" label={labels.terms} required />
        <div class="actions">
          <button type="submit">{t('accounts.signUp.submit')}</button>
          <a href="/account/sign-in">{t('accounts.signUp.haveAccount')}</a>
        </div>
      </form>
    </Layout>
  );
}

/** After sign-up or a resend: tells the person to open the link we sent, and offers to send it again. */
export function CheckEmailPage(props: { ctx: PageContext; form: FormState }) {
  const { ctx, form } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.checkEmail.title')}>
      <h1>{t('accounts.checkEmail.title')}</h1>
      <p>{t('accounts.checkEmail.body')}</p>
      <h2>{t('accounts.checkEmail.resendTitle')}</h2>
      <ResendVerificationForm ctx={ctx} form={form} />
    </Layout>
  );
}

/** A small form that sends the verification link again (the email is typed, or carried over from sign-in). */
export function ResendVerificationForm(props: { ctx: PageContext; form: FormState; hiddenEmail?: string }) {
  const { ctx, form } = props;
  const { t } = ctx;
  return (
    <form method="post" action="/account/verify-email/resend" class="stacked">
      {props.hiddenEmail !== undefined ? (
        <input type="hidden" name="email" value={props.hiddenEmail} />
      ) : (
        <TextField state={form} name="email" type="email" label={t('accounts.field.email')} required autocomplete="email" maxlength={254} t={t} />
      )}
      <button type="submit" class="secondary">{t('accounts.verify.resend')}</button>
    </form>
  );
}
