import { formatDate } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { myInvitations } from '../membership-service.ts';
import { ProblemNotice } from './organisation-parts.tsx';
import { PostButton } from '../../../web/post-button.tsx';

type Invitations = Awaited<ReturnType<typeof myInvitations>>;

/** The signed-in person's pending invitations, each with accept (and a listing choice) or decline. */
export function InvitationsPage(props: { ctx: PageContext; invitations: Invitations; problem?: string | null }) {
  const { ctx, invitations } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('org.invitations.title')}>
      <h1>{t('org.invitations.title')}</h1>
      <p class="lead">{t('org.invitations.lead')}</p>
      <ProblemNotice ctx={ctx} problem={props.problem} />
      {invitations.length === 0 ? (
        <p>{t('org.invitations.none')}</p>
      ) : (
        <ul class="cards">
          {invitations.map((i) => (
            <li class="card">
              <h2><a href={`/organisations/${i.slug}`}>{i.name}</a></h2>
              <p>{t('org.invitations.offer', { organisation: i.name, role: t(`org.role.${i.role}`) })}</p>
              <p class="meta">{`${t(`org.kind.${i.kind}`)} · ${formatDate(ctx.locale, i.created_at)}`}</p>
              <form method="post" action={`/organisations/invitations/${i.id}/accept`}>
                <div class="field checkbox">
                  <input type="checkbox" id={`listed-${i.id}`} name="listed" value="on" />
                  <label for={`listed-${i.id}`}>{t('org.field.listed')}</label>
                </div>
                <button type="submit">{t('org.invitations.accept')}</button>
              </form>
              <PostButton action={`/organisations/invitations/${i.id}/decline`} class="" label={t('org.invitations.decline')} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
