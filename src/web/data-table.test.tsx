import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from './data-table.tsx';

const html = (node: unknown) => String(node);
type Hood = { name: string; count: number; group: string };
const hoods: Hood[] = [
  { name: 'Gare', count: 12, group: 'a' },
  { name: 'Port & Quai', count: 3, group: 'b' },
];
const columns: Column<Hood>[] = [
  { header: 'Quartier', cell: (h) => h.name, rowHeader: true },
  { header: 'Propositions', cell: (h) => String(h.count), numeric: true },
];

describe('DataTable', () => {
  it('is a focusable table named by its caption, with scoped column and row headers', () => {
    expect(html(<DataTable caption="Par quartier" columns={columns} rows={hoods} />)).toBe(
      '<table tabindex="0"><caption>Par quartier</caption>' +
        '<thead><tr><th scope="col">Quartier</th><th scope="col">Propositions</th></tr></thead>' +
        '<tbody><tr><th scope="row">Gare</th><td class="number">12</td></tr><tr><th scope="row">Port &amp; Quai</th><td class="number">3</td></tr></tbody></table>',
    );
  });

  it('hides its caption visually only, and leaves out the columns given as false', () => {
    const out = html(<DataTable caption="Tous" captionHidden id="t" class="wide" columns={[columns[0], false]} rows={hoods} />);
    expect(out).toMatch(/^<table tabindex="0" class="wide" id="t"><caption class="visually-hidden">Tous<\/caption><thead><tr><th scope="col">Quartier<\/th><\/tr><\/thead>/);
    expect(out).not.toContain('Propositions');
  });

  it('writes row groups under a header spanning the table, totals in tfoot, and the attributes rows and cells carry', () => {
    const out = html(
      <DataTable
        caption="C"
        columns={[columns[0], { ...columns[1], cellClass: 'actions', cellAttributes: (h) => ({ 'data-cell': h.group }) }]}
        groups={[{ label: 'Nord', rows: [hoods[0]] }, { label: 'Vide', rows: [] }]}
        footer={[{ name: 'Total', count: 15, group: 'all' }]}
        rowAttributes={(h) => ({ 'data-group': h.group })}
      />,
    );
    expect(out).toContain('<tbody><tr><th scope="rowgroup" colspan="2">Nord</th></tr><tr data-group="a"><th scope="row">Gare</th><td class="number actions" data-cell="a">12</td></tr></tbody>');
    expect(out).not.toContain('Vide');
    expect(out).toContain('<tfoot><tr data-group="all"><th scope="row">Total</th><td class="number actions" data-cell="all">15</td></tr></tfoot>');
  });
});
