import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import type { CodeNode } from '../interviews/interview-queries.ts';
import { CompassLayout } from './frame.tsx';
import { Localized } from '../../../web/localized-text.tsx';

function Tree(props: { ctx: PageContext; nodes: CodeNode[] }) {
  const { locale } = props.ctx;
  return (
    <ul>
      {props.nodes.map((n) => (
        <li>
          <strong><Localized ctx={props.ctx} fr={n.code.name_fr} en={n.code.name_en} /></strong>
          {localized(locale, n.code.description_fr, n.code.description_en) && <> — <Localized ctx={props.ctx} fr={n.code.description_fr} en={n.code.description_en} /></>}
          {n.children.length > 0 && <Tree ctx={props.ctx} nodes={n.children} />}
        </li>
      ))}
    </ul>
  );
}

/** The codebook: nested codes with descriptions, a form to add one, and the REFI-QDA codebook import. */
export function CodebookPage(props: { ctx: PageContext; tree: CodeNode[]; parents: { value: string; label: string }[]; form: FormState; importErrors: string[] }) {
  const { ctx, form } = props;
  const { t } = ctx;
  const labels = Object.fromEntries(['parent_id', 'name_fr', 'name_en', 'description_fr', 'description_en'].map((k) => [k, t(`compass.code.${k}`)]));
  return (
    <CompassLayout ctx={ctx} title={t('compass.codebook.title')}>
      <h1>{t('compass.codebook.title')}</h1>
      <p class="lead">{t('compass.codebook.lead')}</p>
      <div class="code-tree" id="codebook"><Tree ctx={ctx} nodes={props.tree} /></div>
      <h2>{t('compass.code.add')}</h2>
      <ErrorSummary state={form} t={t} labels={labels} />
      <form method="post" action="/compass/codebook" class="stacked" novalidate>
        <SelectField state={form} name="parent_id" label={labels.parent_id} t={t} options={[{ value: '', label: t('compass.code.top') }, ...props.parents]} />
        <TextField state={form} name="name_fr" label={labels.name_fr} required maxlength={120} t={t} />
        <TextField state={form} name="name_en" label={labels.name_en} maxlength={120} t={t} />
        <TextArea state={form} name="description_fr" label={labels.description_fr} rows={3} maxlength={2000} t={t} />
        <TextArea state={form} name="description_en" label={labels.description_en} rows={3} maxlength={2000} t={t} />
        <p><button type="submit">{t('form.save')}</button></p>
      </form>
      <h2>{t('compass.codebook.import')}</h2>
      {props.importErrors.length > 0 && (
        <div class="error-summary" role="alert" tabindex={-1}><p>{t('compass.import.refused')}</p><ul>{props.importErrors.map((e) => <li>{e}</li>)}</ul></div>
      )}
      <form method="post" action="/compass/codebook/import" enctype="multipart/form-data" class="stacked">
        <div class="field">
          <label for="field-qdc">{t('compass.codebook.importLabel')}</label>
          <input type="file" id="field-qdc" name="file" accept=".qdc,application/xml,text/xml" />
        </div>
        <p><button type="submit">{t('compass.exchange.import')}</button></p>
      </form>
    </CompassLayout>
  );
}
