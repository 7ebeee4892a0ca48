import type { CurrentUser } from '../../../platform/context.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { SelectField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { AccountNav } from './account-nav.tsx';

/** "My account": who I am here, my role, my language, and where to manage the rest. */
export function AccountPage(props: { ctx: PageContext; user: CurrentUser; memberSince: string; languageForm: FormState }) {
  const { ctx, user } = props;
  const { t } = ctx;
  const role = user.emailVerified ? t(`role.${user.role}`) : t('role.visitor');
  return (
    <Layout ctx={ctx} title={t('accounts.home.title')}>
      <h1>{t('accounts.home.title')}</h1>
      <AccountNav ctx={ctx} current="/account" />
      <dl>
        <dt>{t('accounts.field.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('accounts.field.email')}</dt>
        <dd>
          {user.email}{' '}
          <span class="badge">{user.emailVerified ? t('accounts.home.verified') : t('accounts.home.unverified')}</span>
        </dd>
        <dt>{t('accounts.home.role')}</dt>
        <dd>{role}</dd>
        <dt>{t('accounts.home.memberSince')}</dt>
        <dd>{formatDate(ctx.locale, props.memberSince)}</dd>
      </dl>
      <h2>{t('accounts.field.locale')}</h2>
      <form method="post" action="/account/language" class="stacked">
        <SelectField
          state={props.languageForm}
          name="locale"
          label={t('accounts.field.locale')}
          hint={t('accounts.field.localeHint')}
          required
          options={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]}
          t={t}
        />
        <button type="submit">{t('form.save')}</button>
      </form>
      <h2>{t('accounts.home.privacyTitle')}</h2>
      <p>{t('accounts.home.privacy')}</p>
      <ul>
        <li><a href="/account/export">{t('accounts.nav.export')}</a></li>
        <li><a href="/account/delete">{t('accounts.nav.delete')}</a></li>
      </ul>
    </Layout>
  );
}
