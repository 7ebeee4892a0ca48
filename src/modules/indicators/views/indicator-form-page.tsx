import { dimensions } from '../../../engines/indicators/index.ts';
import { ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { allFactors } from '../factors.ts';

/** Adding an indicator to the catalogue (`code` set to null) or changing one. */
export function IndicatorFormPage(props: { ctx: PageContext; code: string | null; form: FormState }) {
  const { ctx, code, form } = props;
  const { t } = ctx;
  const names = ['code', 'name_fr', 'name_en', 'dimension', 'factor', 'unit', 'polarity', 'kind', 'source', 'method_fr', 'method_en', 'iso37120', 'sdg'];
  const labels = Object.fromEntries(names.map((n) => [n, t(`indicators.form.${n}`)]));
  const title = code ? t('indicators.form.editTitle', { code }) : t('indicators.admin.add');
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href="/admin/indicators">{t('indicators.admin.title')}</a></p>
      <h1>{title}</h1>
      <form method="post" action={code ? `/admin/indicators/${code}/edit` : '/admin/indicators/new'} class="stacked" novalidate>
        <ErrorSummary state={form} t={t} labels={labels} />
        {!code && <TextField t={t} state={form} name="code" label={labels.code} hint={t('indicators.form.codeHint')} required maxlength={63} />}
        <TextField t={t} state={form} name="name_fr" label={labels.name_fr} required maxlength={160} />
        <TextField t={t} state={form} name="name_en" label={labels.name_en} required maxlength={160} />
        <SelectField t={t} state={form} name="dimension" label={labels.dimension} required options={dimensions.map((d) => ({ value: d, label: t(`indicators.dimension.${d}`) }))} />
        <SelectField t={t} state={form} name="factor" label={labels.factor} hint={t('indicators.form.factorHint')} required options={allFactors.map((f) => ({ value: f.factor, label: `${t(`indicators.dimension.${f.dimension}`)} — ${t(`indicators.factor.${f.factor}`)}` }))} />
        <TextField t={t} state={form} name="unit" label={labels.unit} maxlength={20} />
        <SelectField t={t} state={form} name="polarity" label={labels.polarity} required options={['higher-better', 'lower-better'].map((p) => ({ value: p, label: t(`indicators.polarity.${p}`) }))} />
        <SelectField t={t} state={form} name="kind" label={labels.kind} required options={['objective', 'perceived'].map((k) => ({ value: k, label: t(`indicators.kind.${k}`) }))} />
        <TextField t={t} state={form} name="source" label={labels.source} required maxlength={300} />
        <TextArea t={t} state={form} name="method_fr" label={labels.method_fr} required rows={3} maxlength={2000} />
        <TextArea t={t} state={form} name="method_en" label={labels.method_en} required rows={3} maxlength={2000} />
        <TextField t={t} state={form} name="iso37120" label={labels.iso37120} maxlength={160} />
        <TextField t={t} state={form} name="sdg" label={labels.sdg} hint={t('indicators.form.sdgHint')} maxlength={8} />
        <button type="submit">{t('indicators.form.save')}</button>
      </form>
    </Layout>
  );
}
