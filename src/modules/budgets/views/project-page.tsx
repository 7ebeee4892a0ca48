import { raw } from 'hono/html';
import { formatDate, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { neighbourhoodName, type BudgetContext } from '../budget-context.ts';
import type { ProposalLink } from '../project-links.ts';
import type { ProjectRow, ProjectUpdateRow } from '../queries.ts';
import { BudgetBreadcrumb } from './ballot-page.tsx';
import { categoryLabel } from './category.ts';
import { money, projectTitle } from './format.ts';
import { ProjectTitle } from './titles.tsx';
import { AttachmentGallery, type AttachmentView } from '../../attachments/index.ts';
import { Localized } from '../../../web/localized-text.tsx';

/** Status and progress of a funded project, as text and as a labelled progress bar. */
export function ProjectProgress(props: { ctx: PageContext; project: ProjectRow }) {
  const { t } = props.ctx;
  const { project } = props;
  const id = `progress-${project.id}`;
  return (
    <p>
      <span class="badge">{t(`budgets.status.${project.status}`)}</span>{' '}
      <label for={id}>{t('budgets.follow.progress', { progress: project.progress })}</label>{' '}
      <progress id={id} max={100} value={project.progress}>{`${project.progress} %`}</progress>
    </p>
  );
}

/** A project's public page: facts, description, images and documents, the proposals it comes from; once funded and published, its follow-up. */
export function ProjectPage(props: { ctx: PageContext; b: BudgetContext; project: ProjectRow; proposals: ProposalLink[]; attachments: AttachmentView[]; funded: boolean; updates: ProjectUpdateRow[]; locator?: string | null }) {
  const { ctx, b, project, funded, updates } = props;
  const { t, locale } = ctx;
  const title = projectTitle(ctx, project);
  const description = localized(locale, project.description_fr, project.description_en);
  return (
    <Layout ctx={ctx} title={title}>
      <BudgetBreadcrumb ctx={ctx} b={b} />
      <h1><ProjectTitle ctx={ctx} project={project} /></h1>
      <dl>
        <dt>{t('budgets.project.cost')}</dt>
        <dd>{money(ctx, project.cost, b.budget.currency)}</dd>
        <dt>{t('budgets.project.neighbourhood')}</dt>
        <dd>{neighbourhoodName(b.neighbourhoods, project.neighbourhood_id, locale) ?? t('budgets.scope.city')}</dd>
        {project.category && <dt>{t('budgets.project.category')}</dt>}
        {project.category && <dd>{categoryLabel(ctx, project.category)}</dd>}
        <dt>{t('budgets.project.ref')}</dt>
        <dd>{project.ref}</dd>
      </dl>
      {props.locator && <div class="locator">{raw(props.locator)}</div>}
      {description && <p class="prose"><Localized ctx={ctx} fr={project.description_fr} en={project.description_en} /></p>}
      <AttachmentGallery ctx={ctx} attachments={props.attachments} headingId="attachments-title" />
      {props.proposals.length > 0 && (
        <section aria-labelledby="from-proposals">
          <h2 id="from-proposals">{t('budgets.project.fromProposals')}</h2>
          <ul>
            {props.proposals.map((p) => (
              <li><a href={`/proposals/${p.id}`}>{p.title}</a></li>
            ))}
          </ul>
        </section>
      )}
      {project.proposal_url && <p><a href={project.proposal_url} rel="nofollow">{t('budgets.project.proposal')}</a></p>}
      {funded && (
        <section aria-labelledby="follow-up">
          <h2 id="follow-up">{t('budgets.follow.title')}</h2>
          <ProjectProgress ctx={ctx} project={project} />
          {updates.length === 0 ? (
            <p>{t('budgets.follow.noUpdates')}</p>
          ) : (
            <ul class="timeline">
              {updates.map((u) => (
                <li>
                  <strong>{formatDate(locale, u.created_at)}</strong>
                  <p><Localized ctx={ctx} fr={u.body_fr} en={u.body_en} /></p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Layout>
  );
}

/** The funded projects of a budget, to follow: status and progress of each. */
export function FollowPage(props: { ctx: PageContext; b: BudgetContext; funded: ProjectRow[] }) {
  const { ctx, b } = props;
  const { t } = ctx;
  const title = t('budgets.follow.pageTitle');
  return (
    <Layout ctx={ctx} title={title}>
      <BudgetBreadcrumb ctx={ctx} b={b} />
      <h1>{title}</h1>
      <ul class="cards">
        {props.funded.map((project) => (
          <li class="card">
            <h2><a href={`/budgets/${b.budget.id}/projects/${project.id}`}><ProjectTitle ctx={ctx} project={project} /></a></h2>
            <p class="meta">{money(ctx, project.cost, b.budget.currency)}</p>
            <ProjectProgress ctx={ctx} project={project} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}
