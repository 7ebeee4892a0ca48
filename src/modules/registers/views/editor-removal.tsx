import { localized } from '../../../platform/i18n/index.ts';
import { ConfirmDetails, ConfirmPage, type Consequences } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { DepartmentRow } from '../queries.ts';

/** Who is taken off which department's editors. */
export interface EditorRemoval {
  department: Pick<DepartmentRow, 'id' | 'name_fr' | 'name_en'>;
  editor: { user_id: string; name: string };
}

const action = (r: EditorRemoval) => `/admin/registers/departments/${r.department.id}/editors/${r.editor.user_id}/remove`;

function consequences(ctx: PageContext, r: EditorRemoval): Consequences {
  const { t } = ctx;
  return { happens: t('registers.removeEditor.happens', { name: r.editor.name }), lost: [t('registers.removeEditor.lost')], kept: [t('registers.removeEditor.kept')] };
}

/** The inline confirmation beside an editor's name on the registers admin page. */
export function EditorRemovalDetails(props: { ctx: PageContext; removal: EditorRemoval }) {
  const { ctx, removal } = props;
  const label = ctx.t('registers.admin.removeEditor', { name: removal.editor.name });
  return <ConfirmDetails ctx={ctx} summary={label} consequences={consequences(ctx, removal)} confirm={{ action: action(removal), submitLabel: ctx.t('registers.removeEditor.submit', { name: removal.editor.name }) }} />;
}

/** The same confirmation as a page, answered to a removal posted without it. */
export function EditorRemovalPage(props: { ctx: PageContext; removal: EditorRemoval }) {
  const { ctx, removal } = props;
  const { t } = ctx;
  const department = localized(ctx.locale, removal.department.name_fr, removal.department.name_en);
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('registers.removeEditor.title', { name: removal.editor.name, department })}
      back={{ href: '/admin/registers', label: t('registers.admin.title') }}
      consequences={consequences(ctx, removal)}
      confirm={{ action: action(removal), submitLabel: t('registers.removeEditor.submit', { name: removal.editor.name }) }}
      unconfirmed
    />
  );
}
