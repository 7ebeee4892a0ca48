import { csvText } from '../../web/csv.ts';
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

/** The CSV export (RFC 4180, header row, CRLF line ends, every data cell quoted; formulas neutralised by the shared writer). */
export function proposalsCsv(records: OpenDataRecord[]): string {
  const rows = records.map((r) => [r.id, r.title, r.body, r.category, r.neighbourhood?.name_fr ?? 'city', r.status, r.answer?.text ?? '', r.supports, r.comments.favour, r.comments.against, r.comments.neutral, r.authorKind, r.organisation, r.createdAt]);
  return csvText([csvColumns]) + csvText(rows, { quoteAll: true });
}
