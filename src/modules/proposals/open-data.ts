import type { ProposalListRow } from './list-query.ts';
import { publicStatus } from './views/parts.tsx';

/** One proposal as open data: no personal data of residents (an organisation author is named, a person never). */
export function openDataRecord(p: ProposalListRow, baseUrl: string) {
  return {
    id: p.id,
    url: `${baseUrl}/proposals/${p.id}`,
    title: p.title,
    body: p.body,
    category: p.category,
    neighbourhood: p.neighbourhood_id ? { id: p.neighbourhood_id, name_fr: p.neighbourhood_name_fr ?? '', name_en: p.neighbourhood_name_en ?? '' } : null,
    status: publicStatus(p),
    answer: p.answer_status ? { status: p.answer_status, text: p.answer_text, date: p.answered_at ?? '' } : null,
    supports: p.supports_count,
    comments: { favour: p.stances.favour, against: p.stances.against, neutral: p.stances.neutral, total: p.stances.total },
    authorKind: p.author_org_id ? (p.org_kind ?? 'association') : 'resident',
    organisation: p.author_org_id ? (p.org_name ?? null) : null,
    createdAt: p.created_at,
  };
}
export type OpenDataRecord = ReturnType<typeof openDataRecord>;

const csvColumns = ['id', 'title', 'body', 'category', 'neighbourhood', 'status', 'answer', 'supports', 'comments_favour', 'comments_against', 'comments_neutral', 'author_kind', 'organisation', 'created_at'] as const;

// Quotes every cell; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula.
function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The CSV export (RFC 4180, header row, CRLF line ends). */
export function proposalsCsv(records: OpenDataRecord[]): string {
  const lines = [csvColumns.join(',')];
  for (const r of records) {
    lines.push(
      [r.id, r.title, r.body, r.category, r.neighbourhood?.name_fr ?? 'city', r.status, r.answer?.text ?? '', r.supports, r.comments.favour, r.comments.against, r.comments.neutral, r.authorKind, r.organisation, r.createdAt]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
