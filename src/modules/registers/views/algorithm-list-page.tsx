import type { PageContext } from '../../../web/layout.tsx';
import { algorithmStatuses, riskCategories } from '../fields.ts';
import { autonomyLabel, choiceLabel, entryName } from '../present.ts';
import type { AlgorithmFilters, AlgorithmRow } from '../queries.ts';
import { autonomyLevels } from '../vocabulary.ts';
import { FilterSearch, FilterSelect, yesNoOptions } from './filters.tsx';
import { RegisterLayout } from './register-frame.tsx';
import { DataTable } from '../../../web/data-table.tsx';

/** The public list of algorithmic systems, with filters that work without JavaScript. */
export function AlgorithmListPage(props: { ctx: PageContext; rows: AlgorithmRow[]; filters: AlgorithmFilters; canEdit: boolean }) {
  const { ctx, rows, filters } = props;
  const { t, locale } = ctx;
  return (
    <RegisterLayout ctx={ctx} title={t('registers.algorithms.title')}>
      <h1>{t('registers.algorithms.title')}</h1>
      <p class="lead">{t('registers.algorithms.lead')}</p>
      <form method="get" action="/registers/algorithms" class="stacked filters" role="search">
        <FilterSearch ctx={ctx} value={filters.q ?? ''} />
        <FilterSelect ctx={ctx} name="status" label={t('registers.field.status')} value={filters.status ?? ''} options={algorithmStatuses.map((s) => ({ value: s, label: choiceLabel(locale, t, 'status', s) }))} />
        <FilterSelect ctx={ctx} name="risk" label={t('registers.field.risk_category')} value={filters.risk ?? ''} options={riskCategories.map((s) => ({ value: s, label: choiceLabel(locale, t, 'risk_category', s) }))} />
        <FilterSelect ctx={ctx} name="autonomy" label={t('registers.field.autonomy')} value={filters.autonomy ?? ''} options={autonomyLevels.map((s) => ({ value: s, label: autonomyLabel(locale, s) }))} />
        <FilterSelect ctx={ctx} name="personal" label={t('registers.field.uses_personal_data')} value={filters.personal ?? ''} options={yesNoOptions(ctx)} />
        <p class="actions"><button type="submit">{t('registers.filters.apply')}</button> <a href="/registers/algorithms">{t('registers.filters.reset')}</a></p>
      </form>
      <p role="status">{t('registers.filters.results', { n: rows.length })}</p>
      {props.canEdit && <p><a class="button" href="/registers/algorithms/new">{t('registers.form.newAlgorithm')}</a></p>}
      {rows.length > 0 && (
        <DataTable
          caption={t('registers.algorithms.title')}
          rows={rows}
          columns={[
            { header: t('registers.field.name_fr'), rowHeader: true, cell: (r) => <a href={`/registers/algorithms/${r.id}`}>{entryName(locale, r)}</a> },
            { header: t('registers.field.short_description'), cell: (r) => r.short_description },
            { header: t('registers.field.autonomy'), cell: (r) => autonomyLabel(locale, r.autonomy) },
            { header: t('registers.field.risk_category'), cell: (r) => choiceLabel(locale, t, 'risk_category', r.risk_category) },
            { header: t('registers.field.status'), cell: (r) => choiceLabel(locale, t, 'status', r.status) },
          ]}
        />
      )}
      <p><a href="/registers/algorithms.csv">{t('registers.exports.csv')}</a> · <a href="/registers/algorithms.json">{t('registers.exports.json')}</a></p>
    </RegisterLayout>
  );
}
