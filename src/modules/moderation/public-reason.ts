// A moderator sometimes types the words the page already adds ("Masqué par la modération : spam"), which then
// read twice. The reason is kept without them, in either language, however often they were typed.
const addedWords = /^\s*(masqu[ée]e?s?\s+par\s+la\s+mod[ée]ration|hidden\s+by\s+moderation)\s*[:：.\-–—]?\s*/iu;

/** A public moderation reason without the "Hidden by moderation:" words the pages and emails put before it. */
export function cleanPublicReason(reason: string): string {
  let text = reason.trim();
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(addedWords, '');
  }
  return text;
}
