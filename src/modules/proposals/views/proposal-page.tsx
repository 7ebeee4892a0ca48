import { raw } from 'hono/html';
import { formatDate, formatDateTime } from '../../../platform/i18n/index.ts';
import { ErrorSummary, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { CommentsSection, type CommentThread } from '../../comments/index.ts';
import { FlagForm, HiddenNotice } from '../../moderation/index.ts';
import { MeetingOriginLine, type meetingOrigin } from '../../meetings/index.ts';
import { AttachmentGallery, type AttachmentView } from '../../attachments/index.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { ProposalAccess } from '../access.ts';
import type { CoauthorView, ProposalView } from '../queries.ts';
import type { listAnswers, listVersions } from '../queries.ts';
import { AnswerForm, AuthorTools, PendingInvitations, SupportBox } from './proposal-actions.tsx';
import { AuthorLine, placeText, publicStatus, StatusBadge } from './parts.tsx';

/** Everything the page of one proposal shows. */
export interface ProposalPageData {
  access: ProposalAccess;
  view: ProposalView;
  coauthors: CoauthorView[];
  versions: Awaited<ReturnType<typeof listVersions>>;
  answers: Awaited<ReturnType<typeof listAnswers>>;
  thread: CommentThread | null;
  myInvitations: CoauthorView[];
  /** The meeting the proposal was born in, when its organiser linked it. */
  origin: Awaited<ReturnType<typeof meetingOrigin>>;
  shareUrl: string;
  seesHidden: boolean;
  refusals: Record<'edit' | 'withdraw' | 'invite' | 'support' | 'unsupport', string | null>;
  answerForm: FormState;
  inviteForm: FormState;
  /** Its images (first is the card's thumbnail) and PDF documents. */
  attachments: AttachmentView[];
}

function Coauthors(props: { ctx: PageContext; coauthors: CoauthorView[] }) {
  const accepted = props.coauthors.filter((c) => c.status === 'accepted');
  if (accepted.length === 0) return null;
  return (
    <>
      <dt>{props.ctx.t('proposals.page.coauthors')}</dt>
      <dd>
        <ul>
          {accepted.map((c) => <li>{c.org_slug ? <a href={`/organisations/${c.org_slug}`}>{c.org_name}</a> : (c.user_name ?? props.ctx.t('proposals.author.former'))}</li>)}
        </ul>
      </dd>
    </>
  );
}

function OfficialAnswer(props: { ctx: PageContext; data: ProposalPageData }) {
  const { t, locale } = props.ctx;
  const { view, answers } = props.data;
  return (
    <section aria-labelledby="answer-title">
      <h2 id="answer-title">{t('proposals.page.answer')}</h2>
      {view.answer_status ? (
        <div class="official-answer">
          <p>
            <strong>{t('proposals.page.answerBy', { date: formatDate(locale, view.answered_at!) })}</strong> <StatusBadge t={t} status={view.answer_status} />
          </p>
          {view.answer_text && <div class="prose">{raw(renderMarkdown(view.answer_text))}</div>}
        </div>
      ) : (
        <p>{t('proposals.page.noAnswer')}</p>
      )}
      {answers.length > 1 && (
        <>
          <h3>{t('proposals.page.history')}</h3>
          <ol class="timeline">
            {answers.map((a) => (
              <li>
                <strong>{formatDateTime(locale, a.published_at)}</strong>{t('common.colon')}{t(`proposals.status.${a.status}`)}
                {a.rationale && <p>{a.rationale}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function History(props: { ctx: PageContext; data: ProposalPageData }) {
  const { t, locale } = props.ctx;
  const { versions, view } = props.data;
  if (!view.edited_at || versions.length === 0) return null;
  return (
    <details class="edit-history">
      <summary>{t('proposals.page.editHistory', { count: versions.length })}</summary>
      <ol>
        {versions.map((v) => (
          <li>
            <p class="meta">{t('proposals.page.versionUntil', { date: formatDateTime(locale, v.created_at) })}</p>
            <p><strong>{v.title}</strong></p>
            <p class="pre-line">{v.body}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The page of one proposal: text, authors, place, status and official answer, supports, co-authors, debate. */
export function ProposalPage(props: { ctx: PageContext; data: ProposalPageData; locator?: string | null }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const { view } = data;
  const process = data.access.context.detail.process;
  const hiddenFromViewer = view.hidden_at !== null && !data.seesHidden;
  const title = hiddenFromViewer ? t('proposals.hiddenTitle') : view.title;
  const errors = { ...data.answerForm.errors, ...data.inviteForm.errors };
  return (
    <Layout ctx={ctx} title={title}>
      <nav aria-label={t('proposals.page.breadcrumb')}>
        <p><a href={`/processes/${process.slug}/c/${data.access.context.component.id}`}>{t('proposals.page.back')}</a></p>
      </nav>
      <h1>{title}</h1>
      <ErrorSummary state={{ values: {}, errors }} t={t} labels={{ status: t('proposals.answer.status'), rationale: t('proposals.answer.rationale'), invitee: t('proposals.coauthors.invitee') }} />
      {view.hidden_at && <HiddenNotice ctx={ctx} reason={view.hidden_reason} />}
      <p class="meta">
        <StatusBadge t={t} status={publicStatus(view)} />
        {view.threshold_reached_at && <span class="badge"> {t('proposals.thresholdReached')}</span>}
        {view.edited_at && <span class="badge"> {t('proposals.page.edited', { date: formatDate(locale, view.edited_at) })}</span>}
      </p>
      {data.origin && <MeetingOriginLine ctx={ctx} origin={data.origin} />}
      {!hiddenFromViewer && (
        <>
          <dl class="proposal-facts">
            <dt>{t('proposals.page.author')}</dt>
            <dd><AuthorLine t={t} p={view} /></dd>
            <Coauthors ctx={ctx} coauthors={data.coauthors} />
            <dt>{t('proposals.field.category')}</dt>
            <dd>{t(`proposals.category.${view.category}`)}</dd>
            <dt>{t('proposals.field.neighbourhood')}</dt>
            <dd>{placeText(ctx, view)}</dd>
            {view.address && (
              <>
                <dt>{t('proposals.field.address')}</dt>
                <dd>{view.address}</dd>
              </>
            )}
            <dt>{t('proposals.page.published')}</dt>
            <dd>{formatDate(locale, view.created_at)}</dd>
          </dl>
          {props.locator && <div class="locator">{raw(props.locator)}</div>}
          <div class="prose">{raw(renderMarkdown(view.body))}</div>
          <AttachmentGallery ctx={ctx} attachments={data.attachments} headingId="attachments-title" />
          <History ctx={ctx} data={data} />
        </>
      )}
      <OfficialAnswer ctx={ctx} data={data} />
      <SupportBox ctx={ctx} data={data} />
      <p>
        {t('proposals.page.share')} <a href={data.shareUrl}>{data.shareUrl}</a>
      </p>
      <PendingInvitations ctx={ctx} data={data} />
      <AuthorTools ctx={ctx} data={data} />
      {ctx.user?.role === 'admin' && <AnswerForm ctx={ctx} data={data} />}
      <FlagForm ctx={ctx} resource={{ type: 'proposal', id: view.id }} returnTo={`/proposals/${view.id}`} />
      {data.thread && (
        <CommentsSection ctx={ctx} thread={data.thread} resource={{ type: 'proposal', id: view.id }} open={data.thread.context.open} closedReasonKey={data.thread.context.closedReasonKey} />
      )}
    </Layout>
  );
}
