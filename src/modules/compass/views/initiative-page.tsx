import { formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { PublishedFigure } from '../../../web/published-figure.tsx';
import { criteria } from '../criteria.ts';
import type { InitiativePageData } from '../initiative-page-data.ts';
import type { InitiativeRow } from '../initiative-queries.ts';
import { CompassLayout, gapText, pointText } from './frame.tsx';
import { InitiativeFacts, InitiativeLinks } from './initiative-parts.tsx';
import { MethodNote } from './method-note.tsx';
import { Ternary, TernaryLegend } from './ternary.tsx';
import { PostButton } from '../../../web/post-button.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized, localizedPlain } from '../../../web/localized-text.tsx';

function AdminActions(props: { ctx: PageContext; initiative: InitiativeRow }) {
  const { ctx, initiative: i } = props;
  const { t } = ctx;
  const base = `/compass/initiatives/${i.slug}`;
  return (
    <section aria-labelledby="admin-actions" class="notice">
      <h2 id="admin-actions">{t('compass.admin.title')}</h2>
      <p>{i.published ? t('compass.admin.isPublished') : t('compass.admin.isProposed')} {i.assessment_open ? t('compass.admin.isOpen') : t('compass.admin.isClosed')}</p>
      <div class="actions">
        <PostButton action={`${base}/publish`} fields={{ on: i.published ? '0' : '1' }} buttonClass="" label={t(i.published ? 'compass.admin.unpublish' : 'compass.admin.publish')} />{' '}
        <PostButton action={`${base}/assessment`} fields={{ on: i.assessment_open ? '0' : '1' }} buttonClass="" label={t(i.assessment_open ? 'compass.admin.close' : 'compass.admin.open')} />
      </div>
    </section>
  );
}

/** An initiative: what it is, what cocity knows about it, and where each group of stakeholders places it. */
export function InitiativePage(props: { ctx: PageContext; data: InitiativePageData; canEdit: boolean; isAdmin: boolean }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const i = data.placed.initiative;
  const title = localizedPlain(ctx, i.title_fr, i.title_en);
  const shown = data.placed.positions.filter((p) => p.point);
  const describe = shown.length ? shown.map((p) => t('common.labelled', { label: t(`compass.group.${p.group}`), value: pointText(ctx, p.point!) })).join('. ') : t('compass.initiative.noPosition');
  return (
    <CompassLayout ctx={ctx} title={title}>
      <h1><Localized ctx={ctx} fr={i.title_fr} en={i.title_en} /></h1>
      {!i.published && <p class="badge">{t('compass.initiative.proposed')}</p>}
      {data.proposedFor && <p class="meta">{t('compass.initiative.proposedFor', { name: data.proposedFor })}</p>}
      <div class="prose"><p><Localized ctx={ctx} fr={i.description_fr} en={i.description_en} /></p></div>
      <InitiativeFacts ctx={ctx} initiative={i} neighbourhoods={data.neighbourhoods} dimensions={data.dimensions} />
      <h2>{t('compass.links.title')}</h2>
      <InitiativeLinks ctx={ctx} links={data.links} />
      {(props.canEdit || props.isAdmin) && <p><a href={`/compass/initiatives/${i.slug}/edit`}>{t('compass.initiative.edit')}</a></p>}
      {props.isAdmin && <AdminActions ctx={ctx} initiative={i} />}
      <h2>{t('compass.initiative.positions')}</h2>
      {i.assessment_open && i.published ? <p><a class="button" href={`/compass/initiatives/${i.slug}/assess`}>{t('compass.assess.link')}</a></p> : <p>{t('compass.assess.closed')}</p>}
      <Ternary ctx={ctx} id="initiative-compass" title={t('compass.initiative.chartTitle', { title })} description={describe} marks={shown.map((p) => ({ group: p.group, point: p.point!, spread: p.spread, joinKey: 'one', label: t('common.labelled', { label: t(`compass.group.${p.group}`), value: pointText(ctx, p.point!) }) }))} />
      <TernaryLegend ctx={ctx} groups={shown.map((p) => p.group)} />
      <DataTable
        class="compass-table"
        id="initiative-positions"
        caption={t('compass.initiative.tableCaption')}
        rows={data.placed.positions}
        rowAttributes={(p) => ({ 'data-group': p.group })}
        columns={[
          { header: t('compass.table.group'), rowHeader: true, cell: (p) => t(`compass.group.${p.group}`) },
          { header: t('compass.table.assessments'), numeric: true, cell: (p) => <PublishedFigure ctx={ctx} figure={p.assessments} /> },
          { header: t('compass.table.position'), cell: (p) => (p.point ? pointText(ctx, p.point) : t('compass.notShown')) },
          { header: t('compass.table.spread'), numeric: true, cell: (p) => gapText(ctx, p.spread) },
        ]}
      />
      <p>{t('compass.initiative.gaps', { city: gapText(ctx, data.placed.gaps.cityAssociations), residents: gapText(ctx, data.placed.gaps.cityResidents) })}</p>
      {data.criterionMeans.size > 0 && (
        <DataTable
          class="compass-table"
          id="criterion-means"
          caption={t('compass.initiative.meansCaption')}
          rows={criteria}
          columns={[
            {
              header: t('compass.method.criterion'),
              rowHeader: true,
              cell: (c) => <>{t(`compass.criterion.${c.key}.name`)} <small>({t('compass.criterion.scale', { low: t(`compass.criterion.${c.key}.low`), high: t(`compass.criterion.${c.key}.high`) })})</small></>,
            },
            ...[...data.criterionMeans].map(([g, m]) => ({ header: t(`compass.group.${g}`), numeric: true, cell: (c: (typeof criteria)[number]) => formatNumber(locale, m[c.key], { maximumFractionDigits: 1 }) })),
          ]}
        />
      )}
      <MethodNote ctx={ctx} />
    </CompassLayout>
  );
}
