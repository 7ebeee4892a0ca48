import type { Locale } from '../../../config.ts';
import { localized } from '../../../platform/i18n/index.ts';
import { csvText } from '../../../web/csv.ts';
import type { CodeRow, InterviewRow, SegmentRow } from './interview-queries.ts';
import { codePointSlice } from './transcript-units.ts';

/** One line per code applied to a segment: who (pseudonym, group), where (code points) and what, for spreadsheets. */
export function codingsCsv(interviews: InterviewRow[], segments: SegmentRow[], codes: CodeRow[], locale: Locale): string {
  const byId = new Map(interviews.filter((i) => !i.withdrawn_at).map((i) => [i.id, i]));
  const codeById = new Map(codes.map((c) => [c.id, c]));
  const path = (id: string): string => {
    const names: string[] = [];
    for (let c = codeById.get(id); c && names.length < 20; c = c.parent_id ? codeById.get(c.parent_id) : undefined) names.unshift(localized(locale, c.name_fr, c.name_en));
    return names.join(' / ');
  };
  const rows: (string | number)[][] = [['interview', 'pseudonym', 'stakeholder_group', 'interviewed_on', 'segment', 'start', 'end', 'code', 'code_path', 'text']];
  for (const s of segments) {
    const i = byId.get(s.interview_id);
    if (!i) continue;
    for (const codeId of s.codeIds) rows.push([i.id, i.pseudonym, i.stakeholder_group, i.interviewed_on, s.id, s.start_offset, s.end_offset, codeId, path(codeId), codePointSlice(i.transcript, s.start_offset, s.end_offset)]);
  }
  return csvText(rows);
}
