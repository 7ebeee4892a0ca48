import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { neighbourhoodName, type BudgetContext } from '../budget-context.ts';
import { ballotInstructions } from './ballot-fields.tsx';
import type { BudgetStage } from '../stage.ts';
import { categoryLabel } from './category.ts';
import { budgetTitle, money } from './format.ts';
import { BudgetTitle, ProjectTitle } from './titles.tsx';
import { StageNotice, type OwnVote } from './stage-notice.tsx';
import { MapFigure, type DrawnPinMap } from '../../geography/index.ts';
import { Localized } from '../../../web/localized-text.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { CardThumbnail } from '../../attachments/index.ts';

/** A budget's public page: where voting stands, amount, scope, how to vote, the projects, links to vote, results and downloads. */
export function BudgetPage(props: { ctx: PageContext; b: BudgetContext; published: boolean; stage: BudgetStage; ownVote: OwnVote | null; map?: DrawnPinMap | null; funded?: ReadonlySet<string> | null }) {
  const { ctx, b, published } = props;
  const { t, locale } = ctx;
  const p = b.detail.process;
  const title = budgetTitle(ctx, b.budget);
  const description = localized(locale, b.budget.description_fr, b.budget.description_en);
  const funded = props.funded;
  // The projects' table is the map's text equivalent (each project, its neighbourhood and, after results, whether it is funded).
  const table = (
    <DataTable
      id="budget-projects"
      caption={t('budgets.page.projects', { count: b.projects.length })}
      rows={b.projects}
      columns={[
        { header: t('budgets.project.title'), rowHeader: true, cell: (project) => <a href={`/budgets/${b.budget.id}/projects/${project.id}`}><ProjectTitle ctx={ctx} project={project} /></a> },
        // A small thumbnail (the phone-sized rendition, shown 96 px wide): the first of the project's images.
        { header: t('budgets.project.image'), cell: (project) => <CardThumbnail ctx={ctx} image={b.thumbnails.get(project.id)} width={96} /> },
        { header: t('budgets.project.neighbourhood'), cell: (project) => neighbourhoodName(b.neighbourhoods, project.neighbourhood_id, locale) ?? t('budgets.scope.city') },
        { header: t('budgets.project.category'), cell: (project) => categoryLabel(ctx, project.category) || '—' },
        { header: t('budgets.project.cost'), cell: (project) => money(ctx, project.cost, b.budget.currency) },
        funded && { header: t('budgets.page.outcome'), cell: (project) => t(funded.has(project.ref) ? 'budgets.page.funded' : 'budgets.page.notFunded') },
      ]}
    />
  );
  return (
    <Layout ctx={ctx} title={title}>
      <nav aria-label={t('budgets.breadcrumb')}>
        <p><a href={`/processes/${p.slug}/c/${b.component.id}`}><Localized ctx={ctx} fr={b.component.name_fr} en={b.component.name_en} /></a></p>
      </nav>
      <h1><BudgetTitle ctx={ctx} budget={b.budget} /></h1>
      <p class="lead">
        {t('budgets.list.amount', { amount: money(ctx, b.budget.amount, b.budget.currency) })}
        {' · '}
        {b.budget.neighbourhood_id ? t('budgets.scope.neighbourhood', { name: neighbourhoodName(b.neighbourhoods, b.budget.neighbourhood_id, locale) ?? '' }) : t('budgets.scope.city')}
      </p>
      <StageNotice ctx={ctx} stage={props.stage} ownVote={props.ownVote} budgetId={b.budget.id} />
      {description && <p><Localized ctx={ctx} fr={b.budget.description_fr} en={b.budget.description_en} /></p>}
      <p>{ballotInstructions(ctx, b)} {t(`budgets.rule.${b.settings.rule}`)}</p>
      <p class="actions">
        {b.votingOpen && <a class="button" href={`/budgets/${b.budget.id}/ballot`}>{t('budgets.list.vote')}</a>}
        {published && <a href={`/budgets/${b.budget.id}/follow`}>{t('budgets.list.follow')}</a>}
        <a href={`/budgets/${b.budget.id}/projects.pb`}>{t('budgets.page.downloadProjects')}</a>
        {ctx.user?.role === 'admin' && <a href={`/admin/budgets/${b.budget.id}`}>{t('budgets.page.manage')}</a>}
      </p>
      {props.map ? (
        <MapFigure ctx={ctx} svg={props.map.svg} drawn={props.map}>
          <p class="meta">{t('budgets.map.shapes')}</p>
          {table}
        </MapFigure>
      ) : (
        table
      )}
    </Layout>
  );
}
