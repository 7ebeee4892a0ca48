import type { PageContext } from '../../../web/layout.tsx';
import { algorithmStatuses, riskCategories } from '../fields.ts';
import { autonomyLabel, choiceLabel, entryName } from '../present.ts';
import type { AlgorithmFilters, AlgorithmRow } from '../queries.ts';
import { autonomyLevels } from '../vocabulary.ts';
import { FilterSearch, FilterSelect, yesNoOptions } from './filters.tsx';
import { RegisterLayout } from './register-frame.tsx';

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
        <table tabindex={0}>
          <caption>{t('registers.algorithms.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registers.field.name_fr')}</th>
              <th scope="col">{t('registers.field.short_description')}</th>
              <th scope="col">{t('registers.field.autonomy')}</th>
              <th scope="col">{t('registers.field.risk_category')}</th>
              <th scope="col">{t('registers.field.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row"><a href={`/registers/algorithms/${r.id}`}>{entryName(locale, r)}</a></th>
                <td>{r.short_description}</td>
                <td>{autonomyLabel(locale, r.autonomy)}</td>
                <td>{choiceLabel(locale, t, 'risk_category', r.risk_category)}</td>
                <td>{choiceLabel(locale, t, 'status', r.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p><a href="/registers/algorithms.csv">{t('registers.exports.csv')}</a> · <a href="/registers/algorithms.json">{t('registers.exports.json')}</a></p>
    </RegisterLayout>
  );
}
