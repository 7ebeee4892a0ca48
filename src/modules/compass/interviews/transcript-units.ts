/**
 * Transcripts are plain UTF-8 text with LF line ends; offsets everywhere (the database, the REFI-QDA
 * files) count Unicode code points, as REFI-QDA's character positions do, not UTF-16 units.
 */

/** Normalises a pasted or uploaded transcript: no byte-order mark, LF line ends, no trailing blanks at the end. */
export function normaliseTranscript(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

/** The number of code points in a text. */
export const codePointLength = (text: string): number => Array.from(text).length;

/** The text between two code-point offsets. */
export const codePointSlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

/** A sentence of the transcript, with its code-point range. */
export interface TranscriptSentence {
  start: number;
  end: number;
  text: string;
}

/** A paragraph (a non-empty line) and its sentences. */
export interface TranscriptParagraph {
  start: number;
  end: number;
  sentences: TranscriptSentence[];
}

// A sentence ends at . ! ? or … (with closing quotes or brackets), before a blank.
const sentenceEnd = /[.!?…]+["»”’)\]]*(?=\s)/gu;

/** Cuts a transcript into paragraphs (lines) and sentences, so coding works with plain checkboxes. */
export function transcriptUnits(text: string): TranscriptParagraph[] {
  const points = Array.from(text);
  const paragraphs: TranscriptParagraph[] = [];
  let lineStart = 0;
  for (let i = 0; i <= points.length; i++) {
    if (i < points.length && points[i] !== '\n') continue;
    const line = points.slice(lineStart, i).join('');
    if (line.trim() !== '') paragraphs.push({ start: lineStart, end: i, sentences: sentencesOf(line, lineStart) });
    lineStart = i + 1;
  }
  return paragraphs;
}

function sentencesOf(line: string, offset: number): TranscriptSentence[] {
  const sentences: TranscriptSentence[] = [];
  let from = 0;
  const cut = (toUnits: number) => {
    const piece = line.slice(from, toUnits);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) {
      const start = offset + codePointLength(line.slice(0, from + lead));
      sentences.push({ start, end: start + codePointLength(text), text });
    }
    from = toUnits;
  };
  for (const match of line.matchAll(sentenceEnd)) cut(match.index + match[0].length);
  cut(line.length);
  return sentences;
}
