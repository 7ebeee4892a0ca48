import { formatNumber } from '../../../platform/i18n/index.ts';
import { CheckboxField, SelectField, TextArea, TextField } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { answerStatuses } from '../policy.ts';
import type { ProposalPageData } from './proposal-page.tsx';
import { WithdrawDetails } from './withdraw-confirm.tsx';
import { PostButton } from '../../../web/post-button.tsx';

/** The supports count, "I support it", and the button to support or take it back (or why not). */
export function SupportBox(props: { ctx: PageContext; data: ProposalPageData }) {
  const { t, locale, user } = props.ctx;
  const { view, access, refusals } = props.data;
  const supported = access.facts.supportedByMe;
  return (
    <section aria-labelledby="supports-title">
      <h2 id="supports-title">{t('proposals.page.supports')}</h2>
      <p>{t('proposals.page.supportsCount', { count: formatNumber(locale, view.supports_count) })}</p>
      {supported && <p><strong>{t('proposals.page.youSupport')}</strong></p>}
      {!supported && refusals.support === null && (
        <PostButton action={`/proposals/${view.id}/support`} buttonClass="" class="" label={t('proposals.support.submit')} />
      )}
      {supported && refusals.unsupport === null && (
        <PostButton action={`/proposals/${view.id}/unsupport`} class="" label={t('proposals.support.withdraw')} />
      )}
      {!supported && refusals.support !== null && user && <p class="meta">{t(`proposals.refusal.${refusals.support}`)}</p>}
      {!user && <p class="meta"><a href={`/account/sign-in?next=/proposals/${view.id}`}>{t('proposals.support.signIn')}</a></p>}
    </section>
  );
}

/** Invitations to co-sign this proposal waiting for the viewer (as a person or for one of their organisations). */
export function PendingInvitations(props: { ctx: PageContext; data: ProposalPageData }) {
  const { t } = props.ctx;
  if (props.data.myInvitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-title" class="notice">
      <h2 id="invitations-title">{t('proposals.coauthors.pendingTitle')}</h2>
      {props.data.myInvitations.map((inv) => (
        <div>
          <p>{inv.org_name ? t('proposals.coauthors.invitedOrg', { org: inv.org_name }) : t('proposals.coauthors.invitedYou')}</p>
          <div class="actions">
            <PostButton action={`/proposals/coauthors/${inv.id}/accept`} buttonClass="" class="" label={inv.org_name ? t('proposals.coauthors.acceptFor', { org: inv.org_name }) : t('proposals.coauthors.accept')} />
            <PostButton action={`/proposals/coauthors/${inv.id}/decline`} class="" label={inv.org_name ? t('proposals.coauthors.declineFor', { org: inv.org_name }) : t('proposals.coauthors.decline')} />
          </div>
        </div>
      ))}
    </section>
  );
}

/** The author's tools: edit (within the window), withdraw, invite co-authors and see their answers. */
export function AuthorTools(props: { ctx: PageContext; data: ProposalPageData }) {
  const { t } = props.ctx;
  const { view, refusals, coauthors, access } = props.data;
  if (!access.facts.isAuthor) return null;
  return (
    <section aria-labelledby="author-tools-title">
      <h2 id="author-tools-title">{t('proposals.author.tools')}</h2>
      <div class="actions">
        {refusals.edit === null ? <a class="button secondary" href={`/proposals/${view.id}/edit`}>{t('proposals.edit.link')}</a> : <p class="meta">{t(`proposals.refusal.${refusals.edit}`)}</p>}
      </div>
      {coauthors.length > 0 && (
        <ul>
          {coauthors.map((c) => <li>{`${c.org_name ?? c.user_name ?? ''} : ${t(`proposals.coauthors.status.${c.status}`)}`}</li>)}
        </ul>
      )}
      {refusals.invite === null && (
        <form method="post" action={`/proposals/${view.id}/coauthors`} class="stacked">
          <TextField state={props.data.inviteForm} name="invitee" label={t('proposals.coauthors.invitee')} hint={t('proposals.coauthors.inviteeHint')} required t={t} maxlength={200} />
          <button type="submit" class="secondary">{t('proposals.coauthors.invite')}</button>
        </form>
      )}
      {refusals.withdraw === null && (
        <div class="danger-row">
          <WithdrawDetails ctx={props.ctx} proposalId={view.id} />
        </div>
      )}
    </section>
  );
}

/** The city admins' answer form: status, public rationale, publish now or keep as a draft. */
export function AnswerForm(props: { ctx: PageContext; data: ProposalPageData }) {
  const { t } = props.ctx;
  const { view, answerForm } = props.data;
  return (
    <section aria-labelledby="answer-form-title">
      <h2 id="answer-form-title">{t('proposals.answer.formTitle')}</h2>
      {view.draft_status && <p class="notice">{t('proposals.answer.draftPending', { status: t(`proposals.status.${view.draft_status}`) })}</p>}
      <form method="post" action={`/proposals/${view.id}/answer`} class="stacked">
        <SelectField state={answerForm} name="status" label={t('proposals.answer.status')} required t={t} options={answerStatuses.map((s) => ({ value: s, label: t(`proposals.status.${s}`) }))} />
        <TextArea state={answerForm} name="rationale" label={t('proposals.answer.rationale')} hint={t('proposals.answer.rationaleHint')} t={t} rows={6} maxlength={5000} />
        <CheckboxField state={answerForm} name="publish" label={t('proposals.answer.publishNow')} />
        <button type="submit">{t('proposals.answer.submit')}</button>
      </form>
    </section>
  );
}
