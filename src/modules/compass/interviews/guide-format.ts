/**
 * The interview guide's text format, written in a plain textarea (no script needed), one line each:
 *
 *     # Thème en français | Theme in English
 *     - Question en français | Question in English
 *       > Relance en français | Follow-up in English
 *
 * The English half is optional. Blank lines are ignored; any other line is an error naming its number.
 */

export interface BilingualText {
  fr: string;
  en: string;
}

export interface GuideQuestion extends BilingualText {
  followUps: BilingualText[];
}

export interface GuideTheme extends BilingualText {
  questions: GuideQuestion[];
}

export type GuideParse = { ok: true; themes: GuideTheme[] } | { ok: false; errors: { line: number; message: string }[] };

function bilingual(text: string): BilingualText {
  const [fr, ...rest] = text.split('|');
  return { fr: fr.trim(), en: rest.join('|').trim() };
}

/** Reads a guide; errors carry the line number and a message key (`compass.guide.error.*`). */
export function parseGuide(body: string): GuideParse {
  const themes: GuideTheme[] = [];
  const errors: { line: number; message: string }[] = [];
  body.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const number = index + 1;
    if (line.trim() === '') return;
    const marker = line.trimStart()[0];
    const text = bilingual(line.trimStart().slice(1));
    if (!['#', '-', '>'].includes(marker)) return errors.push({ line: number, message: 'compass.guide.error.marker' });
    if (text.fr === '') return errors.push({ line: number, message: 'compass.guide.error.empty' });
    if (marker === '#') return themes.push({ ...text, questions: [] });
    const theme = themes.at(-1);
    if (!theme) return errors.push({ line: number, message: 'compass.guide.error.noTheme' });
    if (marker === '-') return theme.questions.push({ ...text, followUps: [] });
    const question = theme.questions.at(-1);
    if (!question) return errors.push({ line: number, message: 'compass.guide.error.noQuestion' });
    question.followUps.push(text);
  });
  if (errors.length === 0 && themes.length === 0) errors.push({ line: 1, message: 'compass.guide.error.noTheme' });
  return errors.length ? { ok: false, errors } : { ok: true, themes };
}
