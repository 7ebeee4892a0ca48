import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ComponentRow } from '../../processes/index.ts';
import type { PseudonymOrigins } from '../pseudonym-origin.ts';
import type { StatementRow } from '../queries.ts';
import { PseudonymOriginsSection } from './pseudonym-origins.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { PostButton } from '../../../web/post-button.tsx';
import { Localized, namedIn } from '../../../web/localized-text.tsx';

/** What the host page needs: forms, the statements to moderate, and the organisations a city admin may pick as host. */
export interface ManagePageProps {
  ctx: PageContext;
  component: ComponentRow;
  processSlug: string;
  statements: StatementRow[];
  setup: FormState;
  seed: FormState;
  organisations: { id: string; name: string }[] | null;
  /** Shown when the map accepts pseudonyms or ever did. */
  origins: PseudonymOrigins | null;
}

const moderationButtons: Record<string, string[]> = { visible: ['hide'], pending: ['approve', 'hide'], hidden: ['show'] };

/** The host's page: question and rules, seed statements, and moderation of every statement. */
export function ManagePage(props: ManagePageProps) {
  const { ctx, component, setup, seed } = props;
  const { t, locale } = ctx;
  const base = `/opinion-maps/${component.id}`;
  const title = namedIn(ctx, (name) => t('opinion.manage.title', { name }), component.name_fr, component.name_en);
  const labels = {
    question_fr: t('opinion.setup.question_fr'),
    question_en: t('opinion.setup.question_en'),
    context_fr: t('opinion.setup.context_fr'),
    context_en: t('opinion.setup.context_en'),
    moderation: t('opinion.setup.moderation'),
    max_length: t('opinion.setup.max_length'),
    participation: t('opinion.setup.participation'),
    host_organisation_id: t('opinion.setup.host'),
  };
  return (
    <Layout ctx={ctx} title={title.text}>
      <nav aria-label={t('processes.component.breadcrumb')}>
        <p><a href={`/processes/${props.processSlug}/c/${component.id}`}><Localized ctx={ctx} fr={component.name_fr} en={component.name_en} /></a></p>
      </nav>
      <h1>{title.marked}</h1>
      <section aria-labelledby="opinion-setup">
        <h2 id="opinion-setup">{t('opinion.setup.title')}</h2>
        <ErrorSummary state={setup} t={t} labels={labels} />
        <form method="post" action={`${base}/manage`} class="stacked">
          <TextField state={setup} name="question_fr" label={labels.question_fr} required t={t} />
          <TextField state={setup} name="question_en" label={labels.question_en} t={t} />
          <TextArea state={setup} name="context_fr" label={labels.context_fr} t={t} rows={4} />
          <TextArea state={setup} name="context_en" label={labels.context_en} t={t} rows={4} />
          <SelectField state={setup} name="moderation" label={labels.moderation} required t={t} options={[{ value: 'post', label: t('opinion.setup.moderation.post') }, { value: 'pre', label: t('opinion.setup.moderation.pre') }]} />
          <TextField state={setup} name="max_length" type="number" label={labels.max_length} hint={t('opinion.setup.max_length.hint')} required t={t} />
          <SelectField
            state={setup}
            name="participation"
            label={labels.participation}
            required
            t={t}
            options={[{ value: 'account', label: t('opinion.setup.participation.account') }, { value: 'pseudonymous', label: t('opinion.setup.participation.pseudonymous') }]}
          />
          {props.organisations && (
            <SelectField
              state={setup}
              name="host_organisation_id"
              label={labels.host_organisation_id}
              hint={t('opinion.setup.host.hint')}
              t={t}
              options={[{ value: '', label: t('opinion.setup.host.none') }, ...props.organisations.map((o) => ({ value: o.id, label: o.name }))]}
            />
          )}
          <p class="hint">{t('opinion.setup.phaseHint')}</p>
          <button type="submit">{t('opinion.setup.save')}</button>
        </form>
      </section>
      <section aria-labelledby="opinion-seed">
        <h2 id="opinion-seed">{t('opinion.seed.title')}</h2>
        <ErrorSummary state={seed} t={t} labels={{ body: t('opinion.seed.label') }} />
        <form method="post" action={`${base}/manage/seed`} class="stacked">
          <TextArea state={seed} name="body" label={t('opinion.seed.label')} required t={t} rows={2} />
          <button type="submit">{t('opinion.seed.submit')}</button>
        </form>
      </section>
      <section aria-labelledby="opinion-moderation">
        <h2 id="opinion-moderation">{t('opinion.moderation.title')}</h2>
        <DataTable
          caption={t('opinion.moderation.caption')}
          rows={props.statements}
          columns={[
            { header: t('opinion.moderation.number'), cell: (s) => String(s.number) },
            { header: t('opinion.moderation.statement'), cell: (s) => s.body },
            { header: t('opinion.moderation.status'), cell: (s) => `${t(`opinion.status.${s.status}`)}${s.seed === 1 ? ` (${t('opinion.status.seed')})` : ''}` },
            {
              header: t('opinion.moderation.actions'),
              cell: (s) =>
                (moderationButtons[s.status] ?? []).map((action) => (
                  <PostButton action={`${base}/statements/${s.id}/moderate`} fields={{ action }} buttonClass={action === 'hide' ? 'danger' : ''} label={<>{t(`opinion.moderation.${action}`)}<span class="visually-hidden">{t('common.colon')}{String(s.number)}</span></>} />
                )),
            },
          ]}
        />
      </section>
      {props.origins && <PseudonymOriginsSection ctx={ctx} origins={props.origins} />}
    </Layout>
  );
}
