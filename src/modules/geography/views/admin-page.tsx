import { raw } from 'hono/html';
import { CheckboxField, ErrorSummary, SelectField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { layerKinds } from '../upload-service.ts';
import { DataTable } from '../../../web/data-table.tsx';

/** What the admin page shows of the stored geography. */
export interface GeographyStatus {
  neighbourhoods: { id: string; name: string; hasShape: boolean }[];
  layers: { kind: string; count: number }[];
  /** The current map, drawn (null before any upload). */
  mapSvg: string | null;
}

function FileField(props: { name: string; label: string; error?: string; hint?: string }) {
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={`field-${props.name}`}>{props.label}</label>
      {props.hint && <p class="hint" id={`hint-${props.name}`}>{props.hint}</p>}
      {props.error && <p class="field-error" id={`error-${props.name}`}>{props.error}</p>}
      <input type="file" id={`field-${props.name}`} name={props.name} accept=".geojson,.json,application/geo+json,application/json" aria-invalid={props.error ? 'true' : undefined} aria-describedby={[props.hint && `hint-${props.name}`, props.error && `error-${props.name}`].filter(Boolean).join(' ') || undefined} />
    </div>
  );
}

/** The GIS office's page: what is in place, the current map, and the two upload forms (areas, landmark layers). */
export function GeographyAdminPage(props: { ctx: PageContext; status: GeographyStatus; areasForm: FormState; layerForm: FormState }) {
  const { ctx, status, areasForm, layerForm } = props;
  const { t } = ctx;
  const areaLabels = { areas: t('geography.admin.areasFile'), boundary: t('geography.admin.boundaryFile') };
  const layerLabels = { kind: t('geography.admin.layerKind'), file: t('geography.admin.layerFile') };
  return (
    <Layout ctx={ctx} title={t('geography.admin.title')}>
      <h1>{t('geography.admin.title')}</h1>
      <p class="lead">{t('geography.admin.lead')}</p>
      <h2>{t('geography.admin.statusTitle')}</h2>
      {status.mapSvg && <div class="map-figure">{raw(status.mapSvg)}</div>}
      <DataTable
        caption={t('geography.admin.statusTitle')}
        rows={status.neighbourhoods}
        columns={[
          { header: t('geography.map.area'), rowHeader: true, cell: (n) => n.name },
          { header: t('geography.admin.statusTitle'), cell: (n) => (n.hasShape ? t('geography.admin.hasShape') : t('geography.admin.noShape')) },
        ]}
      />
      <ul>
        {status.layers.map((l) => <li>{t('geography.admin.layerCount', { kind: t(`geography.layer.${l.kind}`), count: l.count })}</li>)}
      </ul>

      <h2 id="areas">{t('geography.admin.areasTitle')}</h2>
      <p>{t('geography.admin.areasHint')}</p>
      <form method="post" action="/admin/geography/areas" enctype="multipart/form-data" class="stacked" novalidate>
        <ErrorSummary state={areasForm} t={t} labels={areaLabels} />
        <FileField name="areas" label={areaLabels.areas} error={areasForm.errors.areas} />
        <FileField name="boundary" label={areaLabels.boundary} error={areasForm.errors.boundary} />
        <CheckboxField state={areasForm} name="create_missing" label={t('geography.admin.createMissing')} />
        <button type="submit">{t('geography.admin.upload')}</button>
      </form>

      <h2 id="layers">{t('geography.admin.layersTitle')}</h2>
      <p>{t('geography.admin.layersHint')}</p>
      <form method="post" action="/admin/geography/layers" enctype="multipart/form-data" class="stacked" novalidate>
        <ErrorSummary state={layerForm} t={t} labels={layerLabels} />
        <SelectField state={layerForm} t={t} name="kind" label={layerLabels.kind} required options={layerKinds.map((k) => ({ value: k, label: t(`geography.layer.${k}`) }))} />
        <FileField name="file" label={layerLabels.file} error={layerForm.errors.file} />
        <button type="submit">{t('geography.admin.upload')}</button>
      </form>
    </Layout>
  );
}
