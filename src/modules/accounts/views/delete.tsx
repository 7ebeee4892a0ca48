import { ConfirmField } from '../../../web/confirm.tsx';
import { ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { AccountNav } from './account-nav.tsx';

/** Explains what deleting the account erases and keeps, and asks for the password to confirm. */
export function DeleteAccountPage(props: { ctx: PageContext; form: FormState; unconfirmed?: boolean }) {
  const { ctx, form } = props;
  const { t } = ctx;
  const labels = { password: t('accounts.field.currentPassword') };
  return (
    <Layout ctx={ctx} title={t('accounts.delete.title')}>
      <h1>{t('accounts.delete.title')}</h1>
      <AccountNav ctx={ctx} current="/account/delete" />
      {props.unconfirmed && <p class="notice">{t('confirm.notConfirmed')}</p>}
      <p>{t('accounts.delete.intro')}</p>
      <ul>
        <li>{t('accounts.delete.erased')}</li>
        <li>{t('accounts.delete.kept')}</li>
        <li>{t('accounts.delete.final')}</li>
      </ul>
      <p><a href="/account/export">{t('accounts.delete.exportFirst')}</a></p>
      <form method="post" action="/account/delete" class="stacked" novalidate>
        <ConfirmField />
        <ErrorSummary state={form} t={t} labels={labels} />
        <TextField state={form} name="password" type="password" label={labels.password} hint={t('accounts.delete.passwordHint')} required autocomplete="current-password" maxlength={128} t={t} />
        <button type="submit" class="danger">{t('accounts.delete.submit')}</button>
      </form>
    </Layout>
  );
}
