import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { loadCommentThread, parseCommentListing, type CommentThread } from '../comments/index.ts';
import type { FormState } from '../../web/form.tsx';
import { loadSensorFigures, type SensorFigures } from '../observations/index.ts';
import type { EntryType } from './fields.ts';
import { findEntry, listChanges, listQuestions, loadLookups, type EntryRow, type Lookups, type QuestionRow } from './queries.ts';
import { mayEditDepartment } from './service.ts';

/** Everything an entry's public page shows. */
export interface EntryPageData<R extends EntryRow = EntryRow> {
  type: EntryType;
  entry: R;
  lookups: Lookups;
  changes: Awaited<ReturnType<typeof listChanges>>;
  questions: QuestionRow[];
  thread: CommentThread | null;
  canEdit: boolean;
  /** What a sensor's device measured (its aggregates); null for algorithms. */
  figures: SensorFigures | null;
  /** A question form sent back with its errors. */
  questionForm?: FormState;
  /** An answer form sent back with its errors. */
  answerForm?: { questionId: string; state: FormState };
}

/** Loads an entry's page data, or throws 404. */
export async function loadEntryPage(c: Context<AppEnv>, type: EntryType, id: string): Promise<EntryPageData> {
  const { db } = c.var.deps;
  const user = c.var.user;
  const entry = await findEntry(db, type, id);
  if (!entry) throw notFound();
  const [lookups, changes, questions, thread, canEdit, figures] = await Promise.all([
    loadLookups(db),
    listChanges(db, type, id),
    listQuestions(db, type, id),
    loadCommentThread(c.var.deps, { type, id }, user, parseCommentListing((name) => c.req.query(name))),
    mayEditDepartment(db, user, entry.department_id),
    type === 'sensor' ? loadSensorFigures(c.var.deps, id) : null,
  ]);
  return { type, entry, lookups, changes, questions, thread, canEdit, figures };
}
