import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, SelectField, TextField, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { DepartmentRow } from '../queries.ts';
import { EditorRemovalDetails } from './editor-removal.tsx';
import { RegisterLayout } from './register-frame.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized } from '../../../web/localized-text.tsx';

/** Departments and the people authorised to edit their entries (city admins only). */
export function RegistersAdminPage(props: {
  ctx: PageContext;
  departments: DepartmentRow[];
  editors: { department_id: string; user_id: string; name: string; email: string }[];
  departmentForm: FormState;
  editorForm: FormState;
}) {
  const { ctx, departments, editors } = props;
  const { t, locale } = ctx;
  const deptLabels = { name_fr: t('registers.admin.nameFr'), name_en: t('registers.admin.nameEn'), organisation: t('registers.admin.organisation'), department_email: t('registers.admin.email') };
  return (
    <RegisterLayout ctx={ctx} title={t('registers.admin.title')}>
      <h1>{t('registers.admin.title')}</h1>
      <DataTable
        caption={t('registers.admin.departments')}
        rows={departments}
        columns={[
          { header: t('registers.admin.department'), rowHeader: true, cell: (d) => <Localized ctx={ctx} fr={d.name_fr} en={d.name_en} /> },
          { header: t('registers.admin.organisation'), cell: (d) => d.organisation },
          {
            header: t('registers.admin.editors'),
            cell: (d) => (
              <ul>
                {editors.filter((e) => e.department_id === d.id).map((e) => (
                  <li>
                    {e.name} ({e.email})
                    <EditorRemovalDetails ctx={ctx} removal={{ department: d, editor: e }} />
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      <h2>{t('registers.admin.addEditor')}</h2>
      <form method="post" action="/admin/registers/editors" class="stacked" novalidate>
        <ErrorSummary state={props.editorForm} t={t} labels={{ department_id: t('registers.admin.department'), email: t('registers.admin.userEmail') }} />
        <SelectField state={props.editorForm} t={t} name="department_id" label={t('registers.admin.department')} required options={departments.map((d) => ({ value: d.id, label: localized(locale, d.name_fr, d.name_en) }))} />
        <TextField state={props.editorForm} t={t} name="email" type="email" label={t('registers.admin.userEmail')} required />
        <button type="submit">{t('registers.admin.addEditorSubmit')}</button>
      </form>
      <h2>{t('registers.admin.addDepartment')}</h2>
      <form method="post" action="/admin/registers/departments" class="stacked" novalidate>
        <ErrorSummary state={props.departmentForm} t={t} labels={deptLabels} />
        <TextField state={props.departmentForm} t={t} name="name_fr" label={deptLabels.name_fr} required maxlength={150} />
        <TextField state={props.departmentForm} t={t} name="name_en" label={deptLabels.name_en} maxlength={150} />
        <TextField state={props.departmentForm} t={t} name="organisation" label={deptLabels.organisation} required maxlength={150} />
        <TextField state={props.departmentForm} t={t} name="department_email" type="email" label={deptLabels.department_email} maxlength={200} />
        <button type="submit">{t('registers.admin.addDepartmentSubmit')}</button>
      </form>
    </RegisterLayout>
  );
}
