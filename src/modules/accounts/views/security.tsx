import { formatDateTime } from '../../../platform/i18n/index.ts';
import { CheckboxField, ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { SessionSummary } from '../queries.ts';
import { AccountNav } from './account-nav.tsx';
import { passwordRuleHint } from './password-rule.tsx';
import { RevokeDetails } from './revoke-confirm.tsx';
import { DataTable } from '../../../web/data-table.tsx';

export interface SecurityForms {
  password: FormState;
  email: FormState;
}

/** Password, email address and open sessions, each with its own form. */
export function SecurityPage(props: { ctx: PageContext; forms: SecurityForms; sessions: SessionSummary[]; currentSessionId: string | null; email: string }) {
  const { ctx, forms } = props;
  const { t } = ctx;
  const passwordLabels = { currentPassword: t('accounts.field.currentPassword'), newPassword: t('accounts.field.newPassword'), _form: t('accounts.field.request') };
  const emailLabels = { newEmail: t('accounts.field.newEmail'), password: t('accounts.field.currentPassword'), _form: t('accounts.field.request') };
  return (
    <Layout ctx={ctx} title={t('accounts.security.title')}>
      <h1>{t('accounts.security.title')}</h1>
      <AccountNav ctx={ctx} current="/account/security" />

      <h2 id="password">{t('accounts.security.passwordTitle')}</h2>
      <form method="post" action="/account/security/password" class="stacked" novalidate>
        <ErrorSummary state={forms.password} t={t} labels={passwordLabels} />
        <TextField state={forms.password} name="currentPassword" type="password" label={passwordLabels.currentPassword} required autocomplete="current-password" maxlength={128} t={t} />
        <TextField state={forms.password} name="newPassword" type="password" label={passwordLabels.newPassword} hint={passwordRuleHint(t)} required autocomplete="new-password" maxlength={128} t={t} />
        <CheckboxField state={forms.password} name="revokeOtherSessions" label={t('accounts.security.revokeOthers')} />
        <button type="submit">{t('accounts.security.passwordSubmit')}</button>
      </form>

      <h2 id="email">{t('accounts.security.emailTitle')}</h2>
      <p>{t('accounts.security.emailCurrent', { email: props.email })}</p>
      <p class="meta">{t('accounts.security.emailHow')}</p>
      <form method="post" action="/account/security/email" class="stacked" novalidate>
        <ErrorSummary state={forms.email} t={t} labels={emailLabels} />
        <TextField state={forms.email} name="newEmail" type="email" label={emailLabels.newEmail} required autocomplete="email" maxlength={254} t={t} />
        <TextField state={forms.email} name="password" type="password" label={emailLabels.password} required autocomplete="current-password" maxlength={128} t={t} />
        <button type="submit">{t('accounts.security.emailSubmit')}</button>
      </form>

      <h2 id="sessions">{t('accounts.security.sessionsTitle')}</h2>
      <DataTable
        caption={t('accounts.security.sessionsCaption')}
        rows={props.sessions}
        columns={[
          {
            header: t('accounts.security.device'),
            cell: (s) => (
              <>
                {s.userAgent || t('accounts.security.unknownDevice')}
                {s.id === props.currentSessionId && <> <span class="badge">{t('accounts.security.thisDevice')}</span></>}
              </>
            ),
          },
          { header: t('accounts.security.started'), cell: (s) => formatDateTime(ctx.locale, s.createdAt) },
          { header: t('accounts.security.lastSeen'), cell: (s) => formatDateTime(ctx.locale, s.lastSeenAt) },
          { header: t('accounts.security.action'), cell: (s) => <RevokeDetails ctx={ctx} ending={{ session: s, current: s.id === props.currentSessionId }} /> },
        ]}
      />
    </Layout>
  );
}
