import type { Child } from 'hono/jsx';

/** One column of a DataTable: its header, and how a row fills its cell. */
export interface Column<Row> {
  /** The column's header cell (`th scope="col"`). */
  header: Child;
  /** The cell's content for one row. */
  cell: (row: Row) => Child;
  /** This column names the row: its cells are `th scope="row"`, what a screen reader announces before each cell. */
  rowHeader?: boolean;
  /** Figures: the cells get class "number" (right-aligned, tabular digits) so a column of figures lines up. */
  numeric?: boolean;
  /** A class for the column's data cells, e.g. "actions" for a cell of buttons. */
  cellClass?: string;
  /** Attributes for each data cell that a stylesheet or a journey reads, e.g. `data-group`. */
  cellAttributes?: (row: Row) => Readonly<Record<string, string>>;
}

/** Rows under a header that spans the whole table (`th scope="rowgroup"`), one `tbody` per group. */
export interface RowGroup<Row> {
  label: Child;
  rows: readonly Row[];
}

/** What a DataTable shows; `columns` may hold `false` for a column shown only sometimes. */
export interface DataTableProps<Row> {
  /** Every table says what it holds: the caption is its accessible name, also when it scrolls on a phone. */
  caption: Child;
  /** The caption is for screen readers only when a heading just above already says the same. */
  captionHidden?: boolean;
  columns: readonly (Column<Row> | false | null | undefined)[];
  /** The body's rows; or `groups` for a body in labelled parts. */
  rows?: readonly Row[];
  groups?: readonly RowGroup<Row>[];
  /** Totals under the body (`tfoot`), filled by the same columns. */
  footer?: readonly Row[];
  id?: string;
  class?: string;
  /** Attributes for each row's `tr` that a stylesheet or a test reads, e.g. `data-group`. */
  rowAttributes?: (row: Row) => Readonly<Record<string, string>>;
}

/**
 * A data table as every page of cocity writes one: a caption, column headers with their scope, the cells that name
 * each row as row headers. On a phone the table scrolls sideways inside itself (style.css); tabindex 0 lets a
 * keyboard reach it to scroll, and its caption names it for whoever lands on it.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const columns = props.columns.filter((c): c is Column<Row> => Boolean(c));
  const row = (r: Row) => (
    <tr {...props.rowAttributes?.(r)}>
      {columns.map((c) => {
        const cellClass = [c.numeric ? 'number' : '', c.cellClass ?? ''].filter(Boolean).join(' ') || undefined;
        return c.rowHeader ? (
          <th scope="row" class={cellClass} {...c.cellAttributes?.(r)}>{c.cell(r)}</th>
        ) : (
          <td class={cellClass} {...c.cellAttributes?.(r)}>{c.cell(r)}</td>
        );
      })}
    </tr>
  );
  return (
    <table tabindex={0} class={props.class} id={props.id}>
      <caption class={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
      <thead>
        <tr>{columns.map((c) => <th scope="col">{c.header}</th>)}</tr>
      </thead>
      {props.rows && <tbody>{props.rows.map(row)}</tbody>}
      {props.groups?.map((g) =>
        g.rows.length === 0 ? null : (
          <tbody>
            <tr><th scope="rowgroup" colspan={columns.length}>{g.label}</th></tr>
            {g.rows.map(row)}
          </tbody>
        ),
      )}
      {props.footer && props.footer.length > 0 && <tfoot>{props.footer.map(row)}</tfoot>}
    </table>
  );
}
