import { formatDate } from '../../../platform/i18n/index.ts';
import { ErrorSummary, type FormState, SelectField, TextField } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { membersPage } from '../membership-service.ts';
import { canAssignRole, canChangeMember, memberRoles } from '../policy.ts';
import { MembershipEndingDetails } from './membership-confirm.tsx';
import { ProblemNotice } from './organisation-parts.tsx';
import { DataTable } from '../../../web/data-table.tsx';

type PageData = Awaited<ReturnType<typeof membersPage>>;

/** Owners and admins manage members (role, removal) and invitations. */
export function MembersPage(props: { ctx: PageContext; page: PageData; invite: FormState; problem?: string | null }) {
  const { ctx, page, invite } = props;
  const { t } = ctx;
  const o = page.organisation;
  const base = `/organisations/${o.slug}`;
  const title = t('org.members.title', { name: o.name });
  const assignable = memberRoles.filter((r) => canAssignRole(page.viewerRole, r)).map((r) => ({ value: r, label: t(`org.role.${r}`) }));
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p><a href={base}>{t('org.members.back')}</a></p>
      <ProblemNotice ctx={ctx} problem={props.problem} />
      <DataTable
        caption={t('org.members.caption')}
        rows={page.members.map((m) => ({ m, name: m.deleted_at ? t('common.deletedParticipant') : m.name }))}
        columns={[
          { header: t('org.members.name'), rowHeader: true, cell: ({ name }) => name },
          { header: t('org.members.role'), cell: ({ m }) => t(`org.role.${m.role}`) },
          { header: t('org.members.listed'), cell: ({ m }) => (m.listed ? t('common.yes') : t('common.no')) },
          {
            header: t('org.members.actions'),
            cell: ({ m, name }) =>
              canChangeMember(page.viewerRole, m.role) && (
                <div class="actions">
                  <form method="post" action={`${base}/members/${m.user_id}/role`} class="inline">
                    <label class="visually-hidden" for={`role-${m.user_id}`}>{t('org.members.newRoleFor', { name })}</label>
                    <select id={`role-${m.user_id}`} name="role">
                      {assignable.map((r) => <option value={r.value} selected={r.value === m.role}>{r.label}</option>)}
                    </select>{' '}
                    <button type="submit" class="secondary">{t('org.members.changeRole')}</button>
                  </form>
                  <MembershipEndingDetails ctx={ctx} ending={{ kind: 'remove', action: `${base}/members/${m.user_id}/remove`, back: `${base}/members`, params: { name, organisation: o.name, role: t(`org.role.${m.role}`) } }} />
                </div>
              ),
          },
        ]}
      />
      <h2 id="invite">{t('org.invite.title')}</h2>
      <p>{t('org.invite.lead')}</p>
      <ErrorSummary state={invite} t={t} labels={{ email: t('org.field.email'), role: t('org.field.role') }} />
      <form method="post" action={`${base}/invitations`} class="stacked">
        <TextField state={invite} name="email" type="email" label={t('org.field.email')} required autocomplete="off" maxlength={254} t={t} />
        <SelectField state={invite} name="role" label={t('org.field.role')} required t={t} options={[...assignable].reverse()} />
        <button type="submit">{t('org.invite.submit')}</button>
      </form>
      <h2>{t('org.invite.pending')}</h2>
      {page.invitations.length === 0 ? (
        <p>{t('org.invite.none')}</p>
      ) : (
        <DataTable
          caption={t('org.invite.pendingCaption')}
          rows={page.invitations}
          columns={[
            { header: t('org.field.email'), rowHeader: true, cell: (i) => i.email },
            { header: t('org.field.role'), cell: (i) => t(`org.role.${i.role}`) },
            { header: t('org.invite.sentOn'), cell: (i) => formatDate(ctx.locale, i.created_at) },
            { header: t('org.members.actions'), cell: (i) => <MembershipEndingDetails ctx={ctx} ending={{ kind: 'cancel', action: `${base}/invitations/${i.id}/cancel`, back: `${base}/members`, params: { email: i.email, organisation: o.name, role: t(`org.role.${i.role}`) } }} /> },
          ]}
        />
      )}
    </Layout>
  );
}
