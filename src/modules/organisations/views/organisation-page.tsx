import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { organisationPage } from '../service.ts';
import { neighbourhoodLabel, ProblemNotice, VerifiedBadge } from './organisation-parts.tsx';
import { MembershipEndingDetails } from './membership-confirm.tsx';
import { PostButton } from '../../../web/post-button.tsx';

type PageData = Awaited<ReturnType<typeof organisationPage>>;

/** The public page of an organisation, with the viewer's own membership and admin actions when they apply. */
export function OrganisationPage(props: { ctx: PageContext; page: PageData; problem?: string | null }) {
  const { ctx, page } = props;
  const { t } = ctx;
  const o = page.organisation;
  const base = `/organisations/${o.slug}`;
  return (
    <Layout ctx={ctx} title={o.name}>
      <h1>{o.name}{o.verified ? ' ' : ''}<VerifiedBadge ctx={ctx} verified={o.verified} /></h1>
      <ProblemNotice ctx={ctx} problem={props.problem} />
      <p class="meta">{t(`org.kind.${o.kind}`)}</p>
      <Description ctx={ctx} text={o.description} language={o.description_language} />
      <dl>
        {o.website && /^https?:\/\//i.test(o.website) && (
          <>
            <dt>{t('org.show.website')}</dt>
            <dd><a href={o.website} rel="nofollow noopener">{o.website}</a></dd>
          </>
        )}
        <dt>{t('org.show.neighbourhood')}</dt>
        <dd>{neighbourhoodLabel(ctx, o)}</dd>
      </dl>
      {page.canManage && (
        <p class="actions">
          <a class="button secondary" href={`${base}/edit`}>{t('org.show.edit')}</a>
          <a class="button secondary" href={`${base}/members`}>{t('org.show.manageMembers')}</a>
        </p>
      )}
      <h2>{t('org.show.members')}</h2>
      {page.listedMembers.length === 0 ? <p>{t('org.show.noListedMembers')}</p> : <ul>{page.listedMembers.map((name) => <li>{name}</li>)}</ul>}
      {page.membership && (
        <section aria-labelledby="your-membership">
          <h2 id="your-membership">{t('org.show.yourMembership')}</h2>
          <p>{t('org.show.yourRole', { role: t(`org.role.${page.membership.role}`) })} {page.membership.listed ? t('org.show.youAreListed') : t('org.show.youAreHidden')}</p>
          <div class="actions">
            <PostButton action={`${base}/listing`} fields={{ listed: page.membership.listed ? '0' : '1' }} label={page.membership.listed ? t('org.show.hideMe') : t('org.show.showMe')} />
          </div>
          <div class="danger-row">
            <MembershipEndingDetails ctx={ctx} ending={{ kind: 'leave', action: `${base}/leave`, back: base, params: { organisation: o.name, role: t(`org.role.${page.membership.role}`) } }} />
          </div>
        </section>
      )}
      {page.canVerify && (
        <section aria-labelledby="city-admin">
          <h2 id="city-admin">{t('org.show.cityAdmin')}</h2>
          <PostButton action={`${base}/${o.verified ? 'unverify' : 'verify'}`} buttonClass={o.verified ? 'secondary' : ''} class="" label={o.verified ? t('org.show.unverify') : t('org.show.verify')} />
        </section>
      )}
    </Layout>
  );
}

/** The description's paragraphs; in the other language than the page's, marked with its `lang` and said to exist in that language only. */
function Description(props: { ctx: PageContext; text: string; language: string }) {
  const paragraphs = props.text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => <p>{p}</p>);
  if (paragraphs.length === 0) return null;
  const lang = props.language === 'fr' || props.language === 'en' ? props.language : undefined;
  if (!lang || lang === props.ctx.locale) return <>{paragraphs}</>;
  return (
    <>
      <p class="other-language">{props.ctx.t(lang === 'fr' ? 'layout.inFrenchBelow' : 'layout.inEnglishBelow')}</p>
      <div lang={lang}>{paragraphs}</div>
    </>
  );
}
