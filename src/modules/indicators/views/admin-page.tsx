import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { areaName, type Area } from '../areas.ts';
import type { ImportIssue } from '../import-plan.ts';
import { IMPORT_COLUMNS } from '../import-plan.ts';
import type { IndicatorRow } from '../queries.ts';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized, otherLanguage } from '../../../web/localized-text.tsx';

/** A refused import: how many lines, and the first ones with everything wrong on each. */
export interface ImportRefusal {
  issues: ImportIssue[];
  issueCount: number;
}

function ImportIssues(props: { ctx: PageContext; refusal: ImportRefusal }) {
  const { t } = props.ctx;
  const { issues, issueCount } = props.refusal;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <p>{t('indicators.import.refused', { count: issueCount })}</p>
      <ul>
        {issues.map((issue) => (
          <li>{t('indicators.import.line', { line: issue.line, problems: issue.problems.map((p) => t(p.key, p.params)).join(t('common.listSeparator')) })}</li>
        ))}
      </ul>
      {issueCount > issues.length && <p>{t('indicators.import.more', { count: issueCount - issues.length })}</p>}
    </div>
  );
}

/** `/admin/indicators`: import values from CSV, enter one by hand, keep the catalogue. */
export function AdminIndicatorsPage(props: { ctx: PageContext; indicators: IndicatorRow[]; areas: Area[]; importForm: FormState; refusal: ImportRefusal | null; valueForm: FormState }) {
  const { ctx, indicators, areas } = props;
  const { t, locale } = ctx;
  const labels = { indicator: t('indicators.indicator'), area: t('indicators.area'), period: t('indicators.period'), value: t('indicators.value'), n: t('indicators.form.n'), source: t('indicators.source') };
  return (
    <Layout ctx={ctx} title={t('indicators.admin.title')}>
      <h1>{t('indicators.admin.title')}</h1>
      <p class="lead">{t('indicators.admin.lead')}</p>
      <p>
        <a href="/city-profile">{t('indicators.nav.city')}</a> · <a href="/indicators">{t('indicators.nav.catalogue')}</a>
      </p>
      <h2>{t('indicators.import.title')}</h2>
      <p>{t('indicators.import.help', { header: IMPORT_COLUMNS.join(',') })}</p>
      <form method="post" action="/admin/indicators/import" enctype="multipart/form-data" class="stacked">
        {props.refusal && <ImportIssues ctx={ctx} refusal={props.refusal} />}
        <div class="field">
          <label for="field-file">{t('indicators.import.file')}</label>
          <input type="file" id="field-file" name="file" accept=".csv,text/csv" />
        </div>
        <TextArea t={t} state={props.importForm} name="csv" label={t('indicators.import.paste')} rows={6} />
        <button type="submit">{t('indicators.import.submit')}</button>
      </form>
      <h2>{t('indicators.enter.title')}</h2>
      <form method="post" action="/admin/indicators/values" class="stacked" novalidate>
        <ErrorSummary state={props.valueForm} t={t} labels={labels} />
        <SelectField t={t} state={props.valueForm} name="indicator" label={labels.indicator} required options={indicators.map((i) => ({ value: i.code, label: `${localized(locale, i.name_fr, i.name_en)} (${i.unit})` }))} />
        <SelectField t={t} state={props.valueForm} name="area" label={labels.area} required options={areas.map((a) => ({ value: a.key, label: areaName(locale, a), lang: otherLanguage(locale, a.name_fr, a.name_en) }))} />
        <TextField t={t} state={props.valueForm} name="period" label={labels.period} hint={t('indicators.form.periodHint')} required maxlength={7} />
        <TextField t={t} state={props.valueForm} name="value" label={labels.value} hint={t('indicators.form.valueHint')} required maxlength={30} />
        <TextField t={t} state={props.valueForm} name="n" label={labels.n} hint={t('indicators.form.nHint')} maxlength={9} />
        <TextField t={t} state={props.valueForm} name="source" label={labels.source} hint={t('indicators.form.sourceHint')} maxlength={300} />
        <button type="submit">{t('indicators.enter.submit')}</button>
      </form>
      <h2>{t('indicators.catalogue.title')}</h2>
      <p><a class="button" href="/admin/indicators/new">{t('indicators.admin.add')}</a></p>
      <DataTable
        caption={t('indicators.admin.catalogueCaption', { count: indicators.length })}
        rows={indicators}
        columns={[
          { header: t('indicators.code'), cell: (i) => <code>{i.code}</code> },
          { header: t('indicators.indicator'), rowHeader: true, cell: (i) => <a href={`/admin/indicators/${i.code}/edit`}><Localized ctx={ctx} fr={i.name_fr} en={i.name_en} /></a> },
          { header: t('indicators.dimension'), cell: (i) => t(`indicators.dimension.${i.dimension}`) },
          { header: t('indicators.kind'), cell: (i) => t(`indicators.kind.${i.kind}`) },
        ]}
      />
    </Layout>
  );
}
