import type { Question } from './questions.ts';

/** A response's answers so far: question id → the values given (a matrix's values as `item=value`). */
export type Answers = ReadonlyMap<string, readonly string[]>;

function holds(question: Question, answers: Answers): boolean {
  const c = question.condition!;
  const given = answers.get(c.question) ?? [];
  switch (c.op) {
    case 'equals':
    case 'includes':
      return given.includes(c.value);
    case 'atLeast':
      return given.some((v) => Number(v) >= Number(c.value));
    case 'atMost':
      return given.some((v) => Number(v) <= Number(c.value));
  }
}

/**
 * Which questions a respondent sees, given their answers: those without a condition, and those whose
 * condition holds on a question they saw — so a chain (C shows after B, which shows after A) hides
 * the whole rest of the chain when an early link fails, even if stale answers remain.
 */
export function visibleQuestions(questions: readonly Question[], answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const q of questions) {
    if (!q.condition || (visible.has(q.condition.question) && holds(q, answers))) visible.add(q.id);
  }
  return visible;
}

/**
 * Splits the questions into pages so the survey works without script: a question whose condition
 * depends on a question of the current page starts the next page (its answer is then known when the
 * page is drawn), as does a question the admin marked to start a new page.
 */
export function paginate(questions: readonly Question[]): Question[][] {
  const pages: Question[][] = [];
  let current: Question[] = [];
  for (const q of questions) {
    const dependsOnCurrent = q.condition !== null && current.some((p) => p.id === q.condition!.question);
    if (current.length && (dependsOnCurrent || q.pageBreak)) {
      pages.push(current);
      current = [];
    }
    current.push(q);
  }
  if (current.length) pages.push(current);
  return pages;
}
