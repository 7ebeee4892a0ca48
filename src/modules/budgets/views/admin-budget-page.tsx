import { formatNumber, localized } from '../../../platform/i18n/index.ts';
import { DeletionZone, type Tally } from '../../../web/confirm.tsx';
import { ErrorSummary, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ComponentRow, NeighbourhoodRow } from '../../processes/index.ts';
import { neighbourhoodName, type BudgetContext } from '../budget-context.ts';
import type { CountStatus } from '../count-jobs.ts';
import type { BudgetRow, ResultRow } from '../queries.ts';
import { BudgetFields, budgetLabels } from './admin-forms.tsx';
import { budgetTitle, money } from './format.ts';
import { BudgetTitle, ProjectTitle } from './titles.tsx';
import { Localized, namedIn } from '../../../web/localized-text.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { PostButton } from '../../../web/post-button.tsx';

/** The budgets of a component, for admins, with the form to add one. */
export function AdminComponentPage(props: { ctx: PageContext; component: ComponentRow; processId: string; budgets: BudgetRow[]; neighbourhoods: NeighbourhoodRow[]; state: FormState }) {
  const { ctx, component, state } = props;
  const { t, locale } = ctx;
  const title = namedIn(ctx, (name) => t('budgets.admin.componentTitle', { name }), component.name_fr, component.name_en);
  return (
    <Layout ctx={ctx} title={title.text}>
      <p><a href={`/admin/processes/${props.processId}/components/${component.id}`}>{t('budgets.admin.settings')}</a></p>
      <h1>{title.marked}</h1>
      <ul>
        {props.budgets.map((b) => (
          <li><a href={`/admin/budgets/${b.id}`}><BudgetTitle ctx={ctx} budget={b} /></a> — {money(ctx, b.amount, b.currency)}</li>
        ))}
      </ul>
      <h2>{t('budgets.admin.newBudget')}</h2>
      <ErrorSummary state={state} t={t} labels={budgetLabels(ctx)} />
      <form method="post" class="stacked" action={`/admin/budgets/component/${component.id}`}>
        <BudgetFields ctx={ctx} state={state} neighbourhoods={props.neighbourhoods} />
        <p class="actions"><button type="submit">{t('budgets.admin.create')}</button></p>
      </form>
    </Layout>
  );
}

/** Everything admins do with one budget: edit it, its projects, import/export, help desk, count and publish. */
export function AdminBudgetPage(props: { ctx: PageContext; b: BudgetContext; voters: number; result: ResultRow | null; held: Tally[]; count: CountStatus | null; state: FormState; importState: FormState }) {
  const { ctx, b, state, result, count } = props;
  const { t, locale } = ctx;
  const id = b.budget.id;
  const title = budgetTitle(ctx, b.budget);
  const funded = new Set<string>(result ? (JSON.parse(result.outcome) as { selected: string[] }).selected : []);
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={`/admin/budgets/component/${b.component.id}`}><Localized ctx={ctx} fr={b.component.name_fr} en={b.component.name_en} /></a> · <a href={`/budgets/${id}`}>{t('budgets.admin.publicPage')}</a></p>
      <h1><BudgetTitle ctx={ctx} budget={b.budget} /></h1>
      <p class="lead">{t(b.votingOpen ? 'budgets.list.votingOpen' : 'budgets.list.votingClosed')} {t('budgets.admin.voters', { count: formatNumber(locale, props.voters) })}</p>

      <h2>{t('budgets.admin.projects')}</h2>
      <p><a class="button" href={`/admin/budgets/${id}/projects/new`}>{t('budgets.admin.addProject')}</a></p>
      <DataTable
        caption={t('budgets.page.projects', { count: b.projects.length })}
        rows={b.projects}
        columns={[
          { header: t('budgets.project.ref'), cell: (p) => p.ref },
          { header: t('budgets.project.title'), rowHeader: true, cell: (p) => <a href={`/admin/budgets/${id}/projects/${p.id}`}><ProjectTitle ctx={ctx} project={p} /></a> },
          { header: t('budgets.project.neighbourhood'), cell: (p) => neighbourhoodName(b.neighbourhoods, p.neighbourhood_id, locale) ?? t('budgets.scope.city') },
          { header: t('budgets.project.cost'), cell: (p) => money(ctx, p.cost, b.budget.currency) },
          { header: t('budgets.admin.actions'), cell: (p) => funded.has(p.ref) && <a href={`/admin/budgets/${id}/projects/${p.id}/follow-up`}>{t('budgets.admin.followUp')}</a> },
        ]}
      />

      <h2>{t('budgets.admin.importExport')}</h2>
      <ErrorSummary state={props.importState} t={t} labels={{ file: t('budgets.import.file') }} />
      <form method="post" action={`/admin/budgets/${id}/import`} enctype="multipart/form-data" class="stacked">
        <div class={props.importState.errors.file ? 'field has-error' : 'field'}>
          <label for="field-file">{t('budgets.import.file')}</label>
          <p class="hint" id="hint-file">{t('budgets.import.hint')}</p>
          {props.importState.errors.file && <p class="field-error">{props.importState.errors.file}</p>}
          <input id="field-file" name="file" type="file" accept=".pb,text/plain" aria-describedby="hint-file" />
        </div>
        <div class="field checkbox">
          <input id="field-with_ballots" type="checkbox" name="with_ballots" value="on" />
          <label for="field-with_ballots">{t('budgets.import.withBallots')}</label>
        </div>
        <p class="actions"><button type="submit" class="secondary">{t('budgets.import.submit')}</button></p>
      </form>
      <p class="actions">
        <a href={`/budgets/${id}/projects.pb`}>{t('budgets.page.downloadProjects')}</a>
        {!b.votingOpen && <a href={`/admin/budgets/${id}/ballots.pb`}>{t('budgets.admin.downloadBallots')}</a>}
      </p>

      {b.votingOpen && (
        <p><a class="button secondary" href={`/admin/budgets/${id}/paper`}>{t('budgets.paper.link')}</a></p>
      )}

      <h2>{t('budgets.admin.results')}</h2>
      <ErrorSummary state={{ values: {}, errors: state.errors._form ? { _form: state.errors._form } : {} }} t={t} labels={{ _form: t('budgets.admin.results') }} />
      {count && count.state !== 'done' && <p><a href={`/admin/budgets/${id}/count`}>{t(count.state === 'queued' || count.state === 'running' ? 'budgets.count.underWay' : 'budgets.count.stopped')}</a></p>}
      {result && <p><a href={`/budgets/${id}/results`}>{t(result.published_at ? 'budgets.list.results' : 'budgets.admin.preview')}</a></p>}
      {!result?.published_at && (
        <div class="actions">
          <PostButton action={`/admin/budgets/${id}/count`} buttonClass="" label={t('budgets.admin.count')} />
          {result && <a class="button" href={`/admin/budgets/${id}/publish`}>{t('budgets.publish.link')}</a>}
        </div>
      )}

      <h2>{t('budgets.admin.editBudget')}</h2>
      <ErrorSummary state={{ values: state.values, errors: Object.fromEntries(Object.entries(state.errors).filter(([k]) => k !== '_form')) }} t={t} labels={budgetLabels(ctx)} />
      <form method="post" class="stacked" action={`/admin/budgets/${id}`}>
        <BudgetFields ctx={ctx} state={state} neighbourhoods={b.neighbourhoods} />
        <p class="actions"><button type="submit">{t('form.save')}</button></p>
      </form>
      <DeletionZone
        ctx={ctx}
        held={props.held}
        href={`/admin/budgets/${id}/delete`}
        label={t('budgets.delete.link')}
        refused={t('budgets.delete.refused')}
        instead={<p>{t('budgets.delete.instead')} <a href={`/admin/processes/${b.component.process_id}/components/${b.component.id}`}>{t('budgets.delete.settings')}</a></p>}
      />
    </Layout>
  );
}
