import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, SelectField, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { PostButton } from '../../../web/post-button.tsx';
import { MAX_CSV_ROWS } from '../csv-upload.ts';
import type { listDevices } from '../devices.ts';
import type { Area } from '../../indicators/index.ts';
import { MIN_DAY_COVERAGE, coverageRule, type SkippedMean } from '../indicator-feed.ts';
import type { IngestResult } from '../ingest.ts';
import { LOG_RETENTION_DAYS, type LogRow } from '../log.ts';
import { IngestionLog, UploadOutcome } from './ingestion-log.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized } from '../../../web/localized-text.tsx';

type Device = Awaited<ReturnType<typeof listDevices>>[number];

/** The CSV upload form's state: nothing yet, the outcome of an upload, or why the whole file was refused. */
export interface UploadState {
  result?: IngestResult;
  error?: string;
}

/** The indicator feed's form, how many values its last run wrote and which annual means it left out. */
export interface FeedState {
  form: FormState;
  written?: number;
  skipped?: (SkippedMean & { areaName: Area })[];
}

/** Devices allowed to send observations, the form binding a new one (its token shown once), and refusals of the last month. */
export function ObservationsAdminPage(props: { ctx: PageContext; devices: Device[]; sensors: { id: string; name_fr: string; name_en: string }[]; refusals: { reason: string; count: number }[]; form: FormState; token?: { value: string; deviceRef: string }; upload: UploadState; feed: FeedState; log: LogRow[] }) {
  const { ctx, form } = props;
  const { t, locale } = ctx;
  const labels = { sensor_id: t('observations.admin.sensor'), device_ref: t('observations.admin.deviceRef') };
  return (
    <Layout ctx={ctx} title={t('observations.admin.title')}>
      <h1>{t('observations.admin.title')}</h1>
      <p>{t('observations.admin.intro')}</p>
      {props.token && (
        <section class="notice" role="status" aria-labelledby="token-title">
          <h2 id="token-title">{t('observations.admin.tokenTitle', { device: props.token.deviceRef })}</h2>
          <p>{t('observations.admin.tokenOnce')}</p>
          <p><code id="device-token">{props.token.value}</code></p>
        </section>
      )}
      <h2>{t('observations.admin.devices')}</h2>
      {props.devices.length === 0 ? <p>{t('observations.admin.noDevices')}</p> : (
        <DataTable
          caption={t('observations.admin.devices')}
          captionHidden
          rows={props.devices}
          columns={[
            { header: labels.device_ref, rowHeader: true, cell: (d) => <a href={`/admin/observations/devices/${d.id}`}><code>{d.device_ref}</code></a> },
            { header: labels.sensor_id, cell: (d) => <a href={`/registers/sensors/${d.sensor_id}`}><Localized ctx={ctx} fr={d.name_fr} en={d.name_en} /></a> },
            { header: t('observations.admin.token'), cell: (d) => `…${d.token_hint}` },
            {
              header: t('observations.admin.state'),
              cell: (d) => (d.revoked_at ? t('observations.admin.revokedOn', { date: formatDate(locale, d.revoked_at) }) : <PostButton action={`/admin/observations/devices/${d.id}/revoke`} buttonClass="" class="" label={t('observations.admin.revoke')} />),
            },
          ]}
        />
      )}
      <h2>{t('observations.admin.bind')}</h2>
      <form method="post" action="/admin/observations/devices" novalidate>
        <ErrorSummary state={form} t={t} labels={labels} />
        <SelectField state={form} name="sensor_id" label={labels.sensor_id} t={t} required options={[{ value: '', label: t('observations.admin.choose') }, ...props.sensors.map((s) => ({ value: s.id, label: localized(locale, s.name_fr, s.name_en) }))]} />
        <TextField state={form} name="device_ref" label={labels.device_ref} hint={t('observations.admin.deviceRefHint')} t={t} required maxlength={256} />
        <button type="submit">{t('observations.admin.create')}</button>
      </form>
      <h2 id="upload">{t('observations.upload.title')}</h2>
      <p>{t('observations.upload.help', { max: formatNumber(locale, MAX_CSV_ROWS) })}</p>
      <pre><code>id,type,refDevice,dateObserved,NO2,PM2.5{'\n'}urn:ngsi-ld:AirQualityObserved:school,AirQualityObserved,urn:ngsi-ld:Device:air-01,2026-11-02T08:15:00Z,31.5,9.2</code></pre>
      {props.upload.result && <UploadOutcome ctx={ctx} result={props.upload.result} />}
      <form method="post" action="/admin/observations/upload" enctype="multipart/form-data" class="stacked">
        <div class={props.upload.error ? 'field has-error' : 'field'}>
          <label for="field-file">{t('observations.upload.file')}</label>
          {props.upload.error && <p class="error" id="error-file">{props.upload.error}</p>}
          <input type="file" id="field-file" name="file" accept=".csv,text/csv" required aria-describedby={props.upload.error ? 'error-file' : undefined} aria-invalid={props.upload.error ? 'true' : undefined} />
        </div>
        <button type="submit">{t('observations.upload.submit')}</button>
      </form>
      <h2 id="indicators">{t('observations.feed.title')}</h2>
      <p>{t('observations.feed.help')}</p>
      <FeedRule ctx={ctx} year={Number(props.feed.form.values.year) || new Date().getUTCFullYear()} />
      {props.feed.written !== undefined && <p role="status" id="feed-outcome">{t('observations.feed.written', { n: props.feed.written })} <a href="/indicators">{t('observations.feed.see')}</a></p>}
      {props.feed.skipped && props.feed.skipped.length > 0 && <SkippedMeans ctx={ctx} skipped={props.feed.skipped} />}
      <form method="post" action="/admin/observations/indicators" novalidate>
        <ErrorSummary state={props.feed.form} t={t} labels={{ year: t('observations.feed.year') }} />
        <TextField state={props.feed.form} name="year" type="number" label={t('observations.feed.year')} t={t} required />
        <button type="submit">{t('observations.feed.submit')}</button>
      </form>
      <h2>{t('observations.log.title')}</h2>
      <p>{t('observations.log.retention', { days: LOG_RETENTION_DAYS })}</p>
      <IngestionLog ctx={ctx} rows={props.log} showDevice />
      <h2>{t('observations.admin.refusals')}</h2>
      {props.refusals.length === 0 ? <p>{t('observations.admin.noRefusals')}</p> : (
        <DataTable
          caption={t('observations.admin.refusals')}
          captionHidden
          rows={props.refusals}
          columns={[
            { header: t('observations.admin.reason'), rowHeader: true, cell: (r) => t(`observations.reason.${r.reason}`) },
            { header: t('observations.admin.entities'), cell: (r) => formatNumber(locale, r.count) },
          ]}
        />
      )}
    </Layout>
  );
}

/** One device's page for staff: its register entry and its ingestion log. */
export function DeviceLogPage(props: { ctx: PageContext; device: { device_ref: string; sensor_id: string; name_fr: string; name_en: string }; log: LogRow[] }) {
  const { ctx, device } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={device.device_ref}>
      <p><a href="/admin/observations">{t('observations.admin.title')}</a></p>
      <h1><code>{device.device_ref}</code></h1>
      <p><a href={`/registers/sensors/${device.sensor_id}`}><Localized ctx={ctx} fr={device.name_fr} en={device.name_en} /></a></p>
      <h2>{t('observations.log.title')}</h2>
      <p>{t('observations.log.retention', { days: LOG_RETENTION_DAYS })}</p>
      <IngestionLog ctx={ctx} rows={props.log} />
    </Layout>
  );
}

/** The coverage rule in words, with the day counts of the year in the form. */
function FeedRule(props: { ctx: PageContext; year: number }) {
  const { daysInYear, required } = coverageRule(props.year);
  return <p id="feed-rule">{props.ctx.t('observations.feed.rule', { percent: MIN_DAY_COVERAGE * 100, required, days: daysInYear })}</p>;
}

/** The annual means the last run left out, each with its neighbourhood and why. */
function SkippedMeans(props: { ctx: PageContext; skipped: NonNullable<FeedState['skipped']> }) {
  const { t, locale } = props.ctx;
  const caption = t('observations.feed.skipped', { n: props.skipped.length });
  return (
    <DataTable
      id="feed-skipped"
      caption={caption}
      rows={props.skipped}
      columns={[
        { header: t('observations.feed.skippedArea'), rowHeader: true, cell: (s) => <Localized ctx={props.ctx} fr={s.areaName.name_fr} en={s.areaName.name_en} /> },
        { header: t('observations.feed.skippedMeasure'), cell: (s) => t(`observations.measure.${s.indicator as 'pm25' | 'pm10' | 'no2'}`) },
        { header: t('observations.feed.skippedDays'), numeric: true, cell: (s) => formatNumber(locale, s.days) },
        { header: t('observations.feed.skippedShare'), numeric: true, cell: (s) => formatNumber(locale, s.days / s.daysInYear, { style: 'percent', maximumFractionDigits: 1 }) },
        { header: t('observations.feed.skippedWhy'), cell: (s) => t('observations.feed.skippedReason', { days: s.days, total: s.daysInYear, required: s.required }) },
      ]}
    />
  );
}
