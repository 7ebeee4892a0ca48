import { formatDate } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { InterviewRow } from '../interviews/interview-queries.ts';
import { CompassLayout } from './frame.tsx';
import { DataTable } from '../../../web/data-table.tsx';

/** The outcome of an import, shown above the list. */
export type ImportReport = { ok: true; codes: number; interviews: number; segments: number } | { ok: false; errors: string[] } | null;

/** Admins' list of interviews, with the exchange files (REFI-QDA, CSV) and the import form. */
export function InterviewsPage(props: { ctx: PageContext; interviews: InterviewRow[]; report: ImportReport }) {
  const { ctx, report } = props;
  const { t, locale } = ctx;
  return (
    <CompassLayout ctx={ctx} title={t('compass.interviews.title')}>
      <h1>{t('compass.interviews.title')}</h1>
      <p class="lead">{t('compass.interviews.lead')}</p>
      {report && !report.ok && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{t('compass.import.refused')}</p>
          <ul>{report.errors.map((e) => <li>{e}</li>)}</ul>
        </div>
      )}
      <p><a href="/compass/interviews/new">{t('compass.interviews.new')}</a> · <a href="/compass/guides">{t('compass.guides.title')}</a></p>
      {props.interviews.length === 0 ? <p>{t('compass.interviews.none')}</p> : (
        <DataTable
          class="compass-table"
          id="interviews"
          caption={t('compass.interviews.caption')}
          rows={props.interviews}
          columns={[
            { header: t('compass.interview.pseudonym'), rowHeader: true, cell: (i) => (i.withdrawn_at ? i.pseudonym : <a href={`/compass/interviews/${i.id}`}>{i.pseudonym}</a>) },
            { header: t('compass.table.group'), cell: (i) => t(`compass.group.${i.stakeholder_group}`) },
            { header: t('compass.interview.interviewed_on'), cell: (i) => formatDate(locale, i.interviewed_on) },
            { header: t('compass.interview.consent'), cell: (i) => (i.withdrawn_at ? t('compass.interview.withdrawnOn', { date: formatDate(locale, i.withdrawn_at) }) : t(`compass.consent.${i.consent}`)) },
          ]}
        />
      )}
      <h2>{t('compass.exchange.title')}</h2>
      <p>{t('compass.exchange.lead')}</p>
      <ul>
        <li><a href={`/compass/interviews/project.qdpx?lang=${locale}`}>{t('compass.exchange.qdpx')}</a></li>
        <li><a href={`/compass/codebook.qdc?lang=${locale}`}>{t('compass.exchange.qdc')}</a></li>
        <li><a href="/compass/interviews/codings.csv">{t('compass.exchange.csv')}</a></li>
      </ul>
      <form method="post" action="/compass/interviews/import" enctype="multipart/form-data" class="stacked">
        <div class="field">
          <label for="field-file">{t('compass.exchange.importLabel')}</label>
          <p class="hint" id="hint-file">{t('compass.exchange.importHint')}</p>
          <input type="file" id="field-file" name="file" accept=".qdpx,application/zip" aria-describedby="hint-file" />
        </div>
        <p><button type="submit">{t('compass.exchange.import')}</button></p>
      </form>
    </CompassLayout>
  );
}
