import type { ExportSection } from '../accounts/index.ts';

// The questions a person asked are published without their name; "download my data" still gives them back.
const registerQuestions: ExportSection = async (db, userId) => [
  'registerQuestions',
  await db
    .selectFrom('register_question')
    .select(['id', 'entry_type', 'entry_id', 'kind', 'body', 'created_at', 'answer', 'answered_at', 'hidden_at', 'hidden_reason'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute(),
];

const registerEditorRights: ExportSection = async (db, userId) => [
  'registerEditorRights',
  await db
    .selectFrom('register_editor')
    .innerJoin('register_department', 'register_department.id', 'register_editor.department_id')
    .select(['register_department.name_fr as department', 'register_editor.created_at'])
    .where('register_editor.user_id', '=', userId)
    .execute(),
];

/** What this module adds to "download my data", in order. */
export const registerExportSections: ExportSection[] = [registerQuestions, registerEditorRights];
