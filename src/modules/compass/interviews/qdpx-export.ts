import { strToU8, zipSync } from 'fflate';
import type { Locale } from '../../../config.ts';
import { localized } from '../../../platform/i18n/index.ts';
import { codeTree, type CodeNode, type CodeRow, type InterviewRow, type MemoRow, type SegmentRow } from './interview-queries.ts';

/** What a REFI-QDA export holds: the codebook, the interviews still consented, their segments and memos. */
export interface ProjectContent {
  name: string;
  codes: CodeRow[];
  interviews: InterviewRow[];
  segments: SegmentRow[];
  memos: MemoRow[];
  exportedAt: string;
}

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
// The variables cocity writes on each case (one case per interview); fixed GUIDs so exports compare.
export const variableGuids = {
  stakeholderGroup: 'c0c17e00-0000-4000-8000-000000000001',
  role: 'c0c17e00-0000-4000-8000-000000000002',
  interviewDate: 'c0c17e00-0000-4000-8000-000000000003',
  consent: 'c0c17e00-0000-4000-8000-000000000004',
} as const;
const USER_GUID = 'c0c17e00-0000-4000-8000-000000000000';

const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');

function codeXml(node: CodeNode, locale: Locale, indent: string): string {
  const c = node.code;
  const description = localized(locale, c.description_fr, c.description_en);
  const inner = [description ? `${indent}  <Description>${escape(description)}</Description>` : '', ...node.children.map((n) => codeXml(n, locale, `${indent}  `))].filter(Boolean);
  const open = `${indent}<Code${attrs({ guid: c.id, name: localized(locale, c.name_fr, c.name_en), isCodable: 'true' })}`;
  return inner.length ? `${open}>\n${inner.join('\n')}\n${indent}</Code>` : `${open}/>`;
}

/** The codebook alone as a REFI-QDA Codebook (.qdc) document. */
export function codebookXml(codes: CodeRow[], locale: Locale): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="${CODEBOOK_NAMESPACE}" origin="cocity">\n  <Codes>\n${codeTree(codes).map((n) => codeXml(n, locale, '    ')).join('\n')}\n  </Codes>\n</CodeBook>\n`;
}

function variableValue(guid: string, element: 'TextValue' | 'DateValue', value: string): string {
  return `      <VariableValue><VariableRef targetGUID="${guid}"/><${element}>${escape(value)}</${element}></VariableValue>`;
}

/** The REFI-QDA project document (project.qde), sources referenced as internal://<guid>.txt. */
export function projectXml(content: ProjectContent, locale: Locale): string {
  const live = content.interviews.filter((i) => !i.withdrawn_at);
  const memosOf = (interviewId: string, segmentId: string | null) => content.memos.filter((m) => m.interview_id === interviewId && m.segment_id === segmentId);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project${attrs({ xmlns: PROJECT_NAMESPACE, name: content.name, origin: 'cocity', creatingUserGUID: USER_GUID, creationDateTime: content.exportedAt })}>`,
    `  <Users><User guid="${USER_GUID}" name="cocity"/></Users>`,
  ];
  if (content.codes.length) lines.push('  <CodeBook>', '    <Codes>', ...codeTree(content.codes).map((n) => codeXml(n, locale, '      ')), '    </Codes>', '  </CodeBook>');
  lines.push(
    '  <Variables>',
    `    <Variable guid="${variableGuids.stakeholderGroup}" name="stakeholderGroup" typeOfVariable="Text"><Description>city | associations | businesses | residents | other-organisations</Description></Variable>`,
    `    <Variable guid="${variableGuids.role}" name="role" typeOfVariable="Text"/>`,
    `    <Variable guid="${variableGuids.interviewDate}" name="interviewDate" typeOfVariable="Date"/>`,
    `    <Variable guid="${variableGuids.consent}" name="consent" typeOfVariable="Text"><Description>analysis | quotes</Description></Variable>`,
    '  </Variables>',
  );
  if (live.length) {
    lines.push('  <Cases>');
    for (const i of live) {
      lines.push(
        `    <Case${attrs({ guid: caseGuid(i.id), name: i.pseudonym })}>`,
        variableValue(variableGuids.stakeholderGroup, 'TextValue', i.stakeholder_group),
        variableValue(variableGuids.role, 'TextValue', i.role),
        variableValue(variableGuids.interviewDate, 'DateValue', i.interviewed_on),
        variableValue(variableGuids.consent, 'TextValue', i.consent),
        `      <SourceRef targetGUID="${i.id}"/>`,
        '    </Case>',
      );
    }
    lines.push('  </Cases>', '  <Sources>');
    for (const i of live) {
      lines.push(`    <TextSource${attrs({ guid: i.id, name: i.pseudonym, plainTextPath: `internal://${i.id}.txt`, creatingUser: USER_GUID, creationDateTime: i.created_at })}>`);
      for (const s of content.segments.filter((x) => x.interview_id === i.id)) {
        lines.push(`      <PlainTextSelection${attrs({ guid: s.id, startPosition: s.start_offset, endPosition: s.end_offset, creatingUser: USER_GUID, creationDateTime: s.created_at })}>`);
        s.codeIds.forEach((codeId, n) => lines.push(`        <Coding guid="${codingGuid(s.id, n)}" creatingUser="${USER_GUID}"><CodeRef targetGUID="${codeId}"/></Coding>`));
        for (const m of memosOf(i.id, s.id)) lines.push(`        <NoteRef targetGUID="${m.id}"/>`);
        lines.push('      </PlainTextSelection>');
      }
      for (const m of memosOf(i.id, null)) lines.push(`      <NoteRef targetGUID="${m.id}"/>`);
      lines.push('    </TextSource>');
    }
    lines.push('  </Sources>');
    const memos = content.memos.filter((m) => live.some((i) => i.id === m.interview_id));
    if (memos.length) {
      lines.push('  <Notes>');
      for (const m of memos) lines.push(`    <Note${attrs({ guid: m.id, name: 'Memo', creatingUser: USER_GUID, creationDateTime: m.created_at })}><PlainTextContent>${escape(m.body)}</PlainTextContent></Note>`);
      lines.push('  </Notes>');
    }
  }
  lines.push('</Project>', '');
  return lines.join('\n');
}

// Cases and codings need GUIDs of their own; they are derived from the interview's or segment's so a second export gives the same file.
const caseGuid = (interviewId: string) => `${interviewId.slice(0, 24)}${'c0c17e0ca5e0'}`;
const codingGuid = (segmentId: string, n: number) => `${segmentId.slice(0, 24)}${(0xc0d1 * 0x10000 + n).toString(16).padStart(12, '0').slice(-12)}`;

/** The .qdpx file: a zip of project.qde and each interview's transcript in sources/ (UTF-8, LF). */
export function projectArchive(content: ProjectContent, locale: Locale): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(projectXml(content, locale)) };
  for (const i of content.interviews.filter((x) => !x.withdrawn_at)) files[`sources/${i.id}.txt`] = strToU8(i.transcript);
  return zipSync(files, { level: 6, mtime: new Date(content.exportedAt) });
}
