import { formatDateTime, formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { IngestResult } from '../ingest.ts';
import type { LogRow } from '../log.ts';
import type { Rejection } from '../parse-entity.ts';
import { DataTable } from '../../../web/data-table.tsx';

/** Refusals as a list: line (uploads), entity id, reason and detail. */
export function RejectionList(props: { ctx: PageContext; rejections: Rejection[] }) {
  const { t } = props.ctx;
  return (
    <ul>
      {props.rejections.map((r) => (
        <li>
          {r.line !== undefined && <>{t('observations.log.line', { line: r.line })} · </>}
          <code>{r.id || '–'}</code> · {t(`observations.reason.${r.reason}`)}{t('common.colon')}{r.detail}
        </li>
      ))}
    </ul>
  );
}

/** The ingestion log of a device or register entry: when, how, what was kept, counted twice and refused, and why. */
export function IngestionLog(props: { ctx: PageContext; rows: LogRow[]; showDevice?: boolean }) {
  const { ctx, rows } = props;
  const { t, locale } = ctx;
  if (rows.length === 0) return <p>{t('observations.log.empty')}</p>;
  return (
    <DataTable
      caption={t('observations.log.caption')}
      rows={rows}
      columns={[
        { header: t('observations.log.at'), rowHeader: true, cell: (r) => formatDateTime(locale, r.at) },
        props.showDevice && { header: t('observations.admin.deviceRef'), cell: (r) => <code>{r.deviceRef || '–'}</code> },
        { header: t('observations.log.source'), cell: (r) => (r.source === 'csv' ? 'CSV' : 'NGSI-LD') },
        { header: t('observations.log.accepted'), cell: (r) => formatNumber(locale, r.accepted) },
        { header: t('observations.log.duplicates'), cell: (r) => formatNumber(locale, r.duplicates) },
        {
          header: t('observations.log.rejected'),
          cell: (r) => (
            <>
              {formatNumber(locale, r.rejected)}
              {r.rejections.length > 0 && <RejectionList ctx={ctx} rejections={r.rejections} />}
            </>
          ),
        },
      ]}
    />
  );
}

/** What an upload did, shown on the admin page right after it. */
export function UploadOutcome(props: { ctx: PageContext; result: IngestResult }) {
  const { ctx, result } = props;
  return (
    <section class="notice" role="status" aria-labelledby="upload-outcome">
      <h2 id="upload-outcome">{ctx.t('observations.upload.outcome', { accepted: result.accepted - result.duplicates, duplicates: result.duplicates, rejected: result.rejected.length })}</h2>
      {result.rejected.length > 0 && <RejectionList ctx={ctx} rejections={result.rejected} />}
    </section>
  );
}
