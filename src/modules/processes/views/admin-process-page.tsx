import { localized } from '../../../platform/i18n/index.ts';
import { DeletionZone, type Tally } from '../../../web/confirm.tsx';
import { ErrorSummary, SelectField, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { findManifest, type ComponentTypes } from '../components/registry.ts';
import { FOLLOW_DATES } from '../schemas.ts';
import type { ProcessDetail } from '../types.ts';
import { dateRange } from './process-cards.tsx';
import { PostButton } from '../../../web/post-button.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized, localizedPlain } from '../../../web/localized-text.tsx';

function PhasesTable(props: { ctx: PageContext; detail: ProcessDetail }) {
  const { ctx, detail } = props;
  const { t, locale } = ctx;
  const base = `/admin/processes/${detail.process.id}/phases`;
  if (detail.phases.length === 0) return <p>{t('processes.page.noPhases')}</p>;
  return (
    <DataTable
      caption={t('processes.admin.phases.caption')}
      rows={detail.phases.map((phase, i) => ({ phase, i, name: localized(locale, phase.name_fr, phase.name_en) }))}
      columns={[
        {
          header: t('processes.admin.phases.name'),
          rowHeader: true,
          cell: ({ phase, name }) => (
            <>
              {name}
              {detail.current?.id === phase.id && <> <span class="badge">{t('processes.page.currentPhase')}</span></>}
            </>
          ),
        },
        { header: t('processes.admin.phases.dates'), cell: ({ phase }) => dateRange(ctx, phase.starts_on, phase.ends_on) },
        {
          header: t('processes.admin.actions'),
          cellClass: 'actions',
          cell: ({ phase, i, name }) => (
            <>
              <a href={`${base}/${phase.id}/edit`}>{t('processes.admin.edit')}<span class="visually-hidden">{` ${name}`}</span></a>
              {i > 0 && <PostButton action={`${base}/${phase.id}/move`} fields={{ direction: 'up' }} label={t('processes.admin.phases.up', { name })} />}
              {i < detail.phases.length - 1 && <PostButton action={`${base}/${phase.id}/move`} fields={{ direction: 'down' }} label={t('processes.admin.phases.down', { name })} />}
            </>
          ),
        },
      ]}
    />
  );
}

function CurrentPhaseForm(props: { ctx: PageContext; detail: ProcessDetail }) {
  const { ctx, detail } = props;
  const { t, locale } = ctx;
  const state: FormState = { values: { phase_id: detail.process.manual_phase_id ?? FOLLOW_DATES }, errors: {} };
  const options = [{ value: FOLLOW_DATES, label: t('processes.admin.current.byDates') }, ...detail.phases.map((p) => ({ value: p.id, label: localized(locale, p.name_fr, p.name_en) }))];
  return (
    <form method="post" action={`/admin/processes/${detail.process.id}/current-phase`} class="stacked">
      <SelectField state={state} name="phase_id" label={t('processes.admin.current.label')} required t={t} options={options} />
      <p><button type="submit">{t('processes.admin.current.save')}</button></p>
    </form>
  );
}

function ComponentsSection(props: { ctx: PageContext; detail: ProcessDetail; addForm: FormState; types: ComponentTypes }) {
  const { ctx, detail, addForm } = props;
  const { t, locale } = ctx;
  const base = `/admin/processes/${detail.process.id}/components`;
  const types = [...props.types.components.values()].map((m) => ({ value: m.type, label: t(m.nameKey) }));
  return (
    <section aria-labelledby="components-title">
      <h2 id="components-title">{t('processes.page.components')}</h2>
      {detail.components.length === 0 ? (
        <p>{t('processes.page.noComponents')}</p>
      ) : (
        <DataTable
          caption={t('processes.admin.components.caption')}
          rows={detail.components.map((c) => ({ c, name: localized(locale, c.name_fr, c.name_en), manifest: findManifest(props.types, c.type) }))}
          columns={[
            { header: t('processes.admin.components.name'), rowHeader: true, cell: ({ name }) => name },
            { header: t('processes.admin.components.type'), cell: ({ c, manifest }) => (manifest ? t(manifest.nameKey) : c.type) },
            { header: t('processes.component.status'), cell: ({ c }) => (c.published === 1 ? t('processes.published') : <span class="badge draft">{t('processes.component.unpublished')}</span>) },
            {
              header: t('processes.admin.actions'),
              cellClass: 'actions',
              cell: ({ c, name, manifest }) =>
                manifest ? (
                  <a href={`${base}/${c.id}`}>{t('processes.admin.edit')}<span class="visually-hidden">{` ${name}`}</span></a>
                ) : (
                  <a href={`${base}/${c.id}/delete`}>{t('processes.admin.components.remove', { name })}</a>
                ),
            },
          ]}
        />
      )}
      <h3>{t('processes.admin.components.add')}</h3>
      <ErrorSummary state={addForm} t={t} labels={{ type: t('processes.admin.components.type'), name_fr: t('processes.admin.components.nameFr'), name_en: t('processes.admin.components.nameEn') }} />
      <form method="post" action={base} class="stacked">
        <SelectField state={addForm} name="type" label={t('processes.admin.components.type')} required t={t} options={types} />
        <TextField state={addForm} name="name_fr" label={t('processes.admin.components.nameFr')} required t={t} maxlength={120} />
        <TextField state={addForm} name="name_en" label={t('processes.admin.components.nameEn')} hint={t('processes.form.englishHint')} t={t} maxlength={120} />
        <p><button type="submit">{t('processes.admin.components.addButton')}</button></p>
      </form>
    </section>
  );
}

/** `/admin/processes/:id`: publication, phases, current phase and components of one process; deletion apart at the end. */
export function AdminProcessPage(props: { ctx: PageContext; detail: ProcessDetail; addForm: FormState; types: ComponentTypes; held: Tally[] }) {
  const { ctx, detail } = props;
  const { t, locale } = ctx;
  const p = detail.process;
  const published = p.published === 1;
  const current = detail.current ? localized(locale, detail.current.name_fr, detail.current.name_en) : t('processes.card.noCurrentPhase');
  return (
    <Layout ctx={ctx} title={localizedPlain(ctx, p.title_fr, p.title_en)}>
      <p><a href="/admin/processes">{t('processes.admin.backToList')}</a></p>
      <h1><Localized ctx={ctx} fr={p.title_fr} en={p.title_en} /></h1>
      <p>
        <span class={published ? 'badge' : 'badge draft'}>{published ? t('processes.published') : t('processes.draft')}</span>
      </p>
      <p class="actions">
        <a href={`/processes/${p.slug}`}>{t('processes.admin.viewPublic')}</a>
        <a href={`/admin/processes/${p.id}/edit`}>{t('processes.admin.editDetails')}</a>
        <PostButton action={`/admin/processes/${p.id}/${published ? 'unpublish' : 'publish'}`} buttonClass={published ? 'secondary' : ''} label={published ? t('processes.admin.unpublish') : t('processes.admin.publish')} />
      </p>
      <section aria-labelledby="phases-title">
        <h2 id="phases-title">{t('processes.page.phases')}</h2>
        <PhasesTable ctx={ctx} detail={detail} />
        <p><a class="button secondary" href={`/admin/processes/${p.id}/phases/new`}>{t('processes.admin.phases.add')}</a></p>
        <h3>{t('processes.admin.current.title')}</h3>
        <p>{t('processes.admin.current.now', { phase: current })} {p.manual_phase_id ? t('processes.admin.current.manual') : t('processes.admin.current.dates')}</p>
        <CurrentPhaseForm ctx={ctx} detail={detail} />
      </section>
      <ComponentsSection ctx={ctx} detail={detail} addForm={props.addForm} types={props.types} />
      <DeletionZone ctx={ctx} held={props.held} href={`/admin/processes/${p.id}/delete`} label={t('processes.delete.link')} refused={t('processes.delete.refused')} instead={<p>{t('processes.delete.instead')}</p>} />
    </Layout>
  );
}
