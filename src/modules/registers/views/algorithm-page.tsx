import type { PageContext } from '../../../web/layout.tsx';
import { fieldsetsOf } from '../fields.ts';
import type { EntryPageData } from '../page-data.ts';
import { autonomyDescription, autonomyLabel, choiceLabel, entryName, termsOf } from '../present.ts';
import type { AlgorithmRow } from '../queries.ts';
import { EntryText, FactList, LinkedProcess, ResidentsVoice, specsIn } from './entry-sections.tsx';
import { RegisterLayout } from './register-frame.tsx';

/** An algorithm's public page: who decides, then every field of the transparency standard, then the residents' voice. */
export function AlgorithmPage(props: { ctx: PageContext; data: EntryPageData<AlgorithmRow> }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const row = data.entry;
  const name = entryName(locale, row);
  const decisions = termsOf('ai__decision', row.decision_types);
  return (
    <RegisterLayout ctx={ctx} title={name}>
      <p class="meta"><a href="/registers/algorithms">{t('registers.algorithms.title')}</a></p>
      <h1>{name}</h1>
      <p>
        <span class="badge">{choiceLabel(locale, t, 'status', row.status)}</span>{' '}
        {row.risk_category && <span class="badge">{t('registers.answer.risk', { risk: choiceLabel(locale, t, 'risk_category', row.risk_category) })}</span>}
      </p>
      <p class="lead"><EntryText ctx={ctx} entry={row} text={row.short_description} /></p>
      {data.canEdit && <p><a href={`/registers/algorithms/${row.id}/edit`}>{t('registers.form.edit')}</a></p>}
      <LinkedProcess ctx={ctx} data={data} />
      <section aria-labelledby="autonomy">
        <h2 id="autonomy">{t('registers.answer.whoDecides')}</h2>
        {row.autonomy ? (
          <p><strong>{autonomyLabel(locale, row.autonomy)}</strong> — {autonomyDescription(locale, row.autonomy)}</p>
        ) : (
          <p>{t('registers.answer.notStated')}</p>
        )}
        {decisions.length > 0 && (
          <dl>
            {decisions.map((d) => (
              <>
                <dt>{d.name[locale]}</dt>
                <dd>{d.description[locale]}</dd>
              </>
            ))}
          </dl>
        )}
        {row.objection_procedure && (
          <>
            <h3>{t('registers.field.objection_procedure')}</h3>
            <p><EntryText ctx={ctx} entry={row} text={row.objection_procedure} /></p>
          </>
        )}
      </section>
      {fieldsetsOf('algorithm').map((set) => (
        <section aria-labelledby={`set-${set}`}>
          <h2 id={`set-${set}`}>{t(`registers.fieldset.algorithm.${set}`)}</h2>
          <FactList ctx={ctx} data={data} specs={specsIn('algorithm', set, ['name_fr', 'name_en', 'short_description', 'autonomy', 'decision_types', 'objection_procedure'])} />
        </section>
      ))}
      <ResidentsVoice ctx={ctx} data={data} />
    </RegisterLayout>
  );
}
