import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { DrawnPinMap } from '../pin-map.ts';
import { DataTable } from '../../../web/data-table.tsx';

/** A map drawn on the server beside its text equivalent (a table or a list, given as children). */
export function MapFigure(props: { ctx: PageContext; svg: string; drawn?: DrawnPinMap; children?: Child }) {
  const { t } = props.ctx;
  return (
    <figure class="map-figure">
      <div class="map-figure-body">
        {raw(props.svg)}
        <div class="map-figure-text">
          {props.drawn && props.drawn.outside > 0 && <p class="meta">{t('geography.map.outside', { count: props.drawn.outside })}</p>}
          {props.drawn?.clustered && <p class="meta">{t('geography.map.clustered')}</p>}
          {props.children}
        </div>
      </div>
    </figure>
  );
}

/** One row of a map's table: a neighbourhood (or "no neighbourhood"), its count, and where its list is. */
export interface AreaCountRow {
  name: string;
  count: number;
  href?: string;
}

/** The table equivalent of a pin map: how many items each neighbourhood holds. */
export function AreaCountTable(props: { ctx: PageContext; caption: string; countHeader: string; rows: AreaCountRow[] }) {
  const { t, locale } = props.ctx;
  return (
    <DataTable
      class="map-table"
      caption={props.caption}
      rows={props.rows}
      columns={[
        { header: t('geography.map.area'), rowHeader: true, cell: (r) => (r.href ? <a href={r.href}>{r.name}</a> : r.name) },
        { header: props.countHeader, cell: (r) => formatNumber(locale, r.count) },
      ]}
    />
  );
}
