import { localized } from '../../../platform/i18n/index.ts';
import { DeletionZone, type Tally } from '../../../web/confirm.tsx';
import { ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { NeighbourhoodRow } from '../../processes/index.ts';
import type { BudgetContext } from '../budget-context.ts';
import type { ProposalLink } from '../project-links.ts';
import type { ProjectRow } from '../queries.ts';
import { projectStatuses } from '../schemas.ts';
import { budgetTitle, projectTitle } from './format.ts';
import { BudgetTitle } from './titles.tsx';
import { LocationFieldset } from '../../geography/index.ts';
import { ProposalChoices } from './project-form-fields.tsx';
import { AttachmentFields, attachmentLabels, type AttachmentView } from '../../attachments/index.ts';
import { ProjectKeptNote } from './removal-pages.tsx';
import { localizedOption } from '../../../web/localized-text.tsx';

const hoodOptions = (ctx: PageContext, hoods: NeighbourhoodRow[], none: string) => [{ value: '', label: none }, ...hoods.map((n) => localizedOption(ctx.locale, n.id, n.name_fr, n.name_en))];

/** Field labels of the budget form, for the error summary. */
export const budgetLabels = (ctx: PageContext): Record<string, string> => ({
  title_fr: ctx.t('budgets.form.titleFr'),
  title_en: ctx.t('budgets.form.titleEn'),
  amount: ctx.t('budgets.form.amount'),
  currency: ctx.t('budgets.form.currency'),
  neighbourhood_id: ctx.t('budgets.form.scope'),
  _form: ctx.t('budgets.form.budget'),
});

/** The fields of a budget (create and edit). */
export function BudgetFields(props: { ctx: PageContext; state: FormState; neighbourhoods: NeighbourhoodRow[] }) {
  const { ctx, state } = props;
  const { t } = ctx;
  return (
    <>
      <TextField state={state} name="title_fr" label={t('budgets.form.titleFr')} required t={t} maxlength={160} />
      <TextField state={state} name="title_en" label={t('budgets.form.titleEn')} t={t} maxlength={160} />
      <TextArea state={state} name="description_fr" label={t('budgets.form.descriptionFr')} t={t} rows={3} />
      <TextArea state={state} name="description_en" label={t('budgets.form.descriptionEn')} t={t} rows={3} />
      <TextField state={state} name="amount" type="number" label={t('budgets.form.amount')} required t={t} />
      <TextField state={state} name="currency" label={t('budgets.form.currency')} hint={t('budgets.form.currencyHint')} required t={t} maxlength={3} />
      <SelectField state={state} name="neighbourhood_id" label={t('budgets.form.scope')} t={t} options={hoodOptions(ctx, props.neighbourhoods, t('budgets.scope.city'))} />
    </>
  );
}

/** Creates or edits a project of a budget (multipart, for its images and documents); an existing project's deletion sits apart at the end. */
export function ProjectFormPage(props: { ctx: PageContext; b: BudgetContext; project: ProjectRow | null; proposals: ProposalLink[]; attachments: AttachmentView[]; state: FormState; held: Tally[]; picker?: string | null }) {
  const { ctx, b, project, state } = props;
  const { t } = ctx;
  const title = project ? t('budgets.projectForm.editTitle', { title: projectTitle(ctx, project) }) : t('budgets.projectForm.newTitle', { budget: budgetTitle(ctx, b.budget) });
  const labels = {
    title_fr: t('budgets.form.titleFr'),
    cost: t('budgets.project.cost'),
    neighbourhood_id: t('budgets.project.neighbourhood'),
    category: t('budgets.project.category'),
    proposal_url: t('budgets.project.proposalUrl'),
    proposals: t('budgets.projectForm.proposals'),
    ...attachmentLabels(t, props.attachments),
    latitude: t('geography.location.latitude'),
    longitude: t('geography.location.longitude'),
    _form: t('budgets.form.project'),
  };
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={`/admin/budgets/${b.budget.id}`}><BudgetTitle ctx={ctx} budget={b.budget} /></a></p>
      <h1>{title}</h1>
      <ErrorSummary state={state} t={t} labels={labels} />
      <form method="post" class="stacked" enctype="multipart/form-data" action={project ? `/admin/budgets/${b.budget.id}/projects/${project.id}` : `/admin/budgets/${b.budget.id}/projects`}>
        <TextField state={state} name="title_fr" label={t('budgets.form.titleFr')} required t={t} maxlength={200} />
        <TextField state={state} name="title_en" label={t('budgets.form.titleEn')} t={t} maxlength={200} />
        <TextArea state={state} name="description_fr" label={t('budgets.form.descriptionFr')} t={t} rows={5} />
        <TextArea state={state} name="description_en" label={t('budgets.form.descriptionEn')} t={t} rows={5} />
        <TextField state={state} name="cost" type="number" label={t('budgets.project.cost')} required t={t} />
        <SelectField state={state} name="neighbourhood_id" label={t('budgets.project.neighbourhood')} t={t} options={hoodOptions(ctx, b.neighbourhoods, t('budgets.scope.city'))} />
        <LocationFieldset ctx={ctx} state={state} picker={props.picker ?? null} />
        <TextField state={state} name="category" label={t('budgets.project.category')} hint={t('budgets.projectForm.categoryHint')} t={t} maxlength={80} />
        <ProposalChoices ctx={ctx} state={state} proposals={props.proposals} />
        <TextField state={state} name="proposal_url" type="url" label={t('budgets.project.proposalUrl')} hint={t('budgets.projectForm.proposalHint')} t={t} maxlength={500} />
        <AttachmentFields ctx={ctx} state={state} existing={props.attachments} languages="both" />
        <p class="actions"><button type="submit">{t('form.save')}</button></p>
      </form>
      {project && <DeletionZone ctx={ctx} held={props.held} href={`/admin/budgets/${b.budget.id}/projects/${project.id}/delete`} label={t('budgets.projectDelete.link')} refused={t('budgets.projectDelete.refused')} instead={<ProjectKeptNote ctx={ctx} b={b} project={project} />} />}
    </Layout>
  );
}

/** The follow-up form of a funded project: status, progress and a public update. */
export function FollowUpPage(props: { ctx: PageContext; b: BudgetContext; project: ProjectRow; state: FormState }) {
  const { ctx, b, project, state } = props;
  const { t } = ctx;
  const title = t('budgets.followUp.title', { title: projectTitle(ctx, project) });
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={`/admin/budgets/${b.budget.id}`}><BudgetTitle ctx={ctx} budget={b.budget} /></a></p>
      <h1>{title}</h1>
      <ErrorSummary state={state} t={t} labels={{ status: t('budgets.followUp.status'), progress: t('budgets.followUp.progressLabel') }} />
      <form method="post" class="stacked" action={`/admin/budgets/${b.budget.id}/projects/${project.id}/follow-up`}>
        <SelectField state={state} name="status" label={t('budgets.followUp.status')} required t={t} options={projectStatuses.map((s) => ({ value: s, label: t(`budgets.status.${s}`) }))} />
        <TextField state={state} name="progress" type="number" label={t('budgets.followUp.progressLabel')} required t={t} />
        <TextArea state={state} name="update_fr" label={t('budgets.followUp.updateFr')} t={t} rows={4} />
        <TextArea state={state} name="update_en" label={t('budgets.followUp.updateEn')} t={t} rows={4} />
        <p class="actions"><button type="submit">{t('form.save')}</button></p>
      </form>
    </Layout>
  );
}
