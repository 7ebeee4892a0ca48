import type { PageContext } from '../../../web/layout.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import type { Locale } from '../../../config.ts';
import { MarkedText, plainLabel } from '../../../web/localized-text.tsx';

/** One bar: its label (with `lang` when it is a name in the other language than the page's), its value and that value as text. */
export interface ChartRow {
  label: string;
  lang?: Locale;
  value: number;
  /** The value as text (money, votes...), used in the bar label and the table. */
  text: string;
}

const WIDTH = 560;
const LABEL = 170;
const ROW = 28;

/**
 * A horizontal bar chart drawn on the server as SVG (no script, no external request), with the same
 * figures in a table beside it: the chart is one image with a text alternative, the table is the data.
 */
export function BarChart(props: { ctx: PageContext; id: string; caption: string; labelHeader: string; valueHeader: string; rows: ChartRow[] }) {
  const { rows } = props;
  const { t } = props.ctx;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = Math.max(1, rows.length) * ROW + 8;
  const summary = rows.map((r) => t('common.labelled', { label: plainLabel(props.ctx, { text: r.label, lang: r.lang }), value: r.text })).join(t('common.listSeparator'));
  return (
    <figure class="budget-chart" aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`}>{props.caption}</figcaption>
      <div class="budget-chart-body">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-label={`${props.caption}. ${summary || props.ctx.t('budgets.results.nothing')}`}>
          {rows.map((r, i) => {
            const barWidth = Math.round(((WIDTH - LABEL - 110) * r.value) / max);
            const y = i * ROW + 4;
            return (
              <g>
                <text x={LABEL - 6} y={y + 17} text-anchor="end" font-size="13" fill="#1d2a33" lang={r.lang}>{r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}</text>
                <rect x={LABEL} y={y + 3} width={Math.max(barWidth, r.value > 0 ? 2 : 0)} height={ROW - 10} fill="#1f6f5c" />
                <text x={LABEL + barWidth + 6} y={y + 17} font-size="13" fill="#1d2a33">{r.text}</text>
              </g>
            );
          })}
        </svg>
        <DataTable
          caption={props.caption}
          captionHidden
          rows={rows}
          columns={[
            { header: props.labelHeader, rowHeader: true, cell: (r) => <MarkedText ctx={props.ctx} label={{ text: r.label, lang: r.lang }} /> },
            { header: props.valueHeader, cell: (r) => r.text },
          ]}
        />
      </div>
    </figure>
  );
}
