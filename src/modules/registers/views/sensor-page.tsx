import { raw } from 'hono/html';
import type { PageContext } from '../../../web/layout.tsx';
import { SensorFiguresSection } from '../../observations/index.ts';
import { answerSensor } from '../answers.ts';
import type { EntryPageData } from '../page-data.ts';
import { choiceLabel, entryName } from '../present.ts';
import type { SensorRow } from '../queries.ts';
import { EntryText, FactList, LinkedProcess, ResidentsVoice, specsIn } from './entry-sections.tsx';
import { RegisterLayout } from './register-frame.tsx';

/** A sensor's public page: the seven questions answered, the facts, then questions, debate and history. */
export function SensorPage(props: { ctx: PageContext; data: EntryPageData<SensorRow>; locator?: string | null }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const row = data.entry;
  const name = entryName(locale, row);
  const open = data.questions.filter((q) => !q.answered_at).length;
  return (
    <RegisterLayout ctx={ctx} title={name}>
      <p class="meta"><a href="/registers/sensors">{t('registers.sensors.title')}</a></p>
      <h1>{name}</h1>
      <p>
        <span class="badge">{choiceLabel(locale, t, 'status', row.status)}</span>{' '}
        {row.personal_data === 1 && <span class="badge">{t('registers.answer.personalBadge')}</span>}{' '}
        {open > 0 && <a href="#questions" class="badge">{t('registers.questions.openBadge', { n: open })}</a>}
      </p>
      {row.description && <p class="lead"><EntryText ctx={ctx} entry={row} text={row.description} /></p>}
      <p class="actions">
        <a href={`/registers/sensors/${row.id}/sign`}>{t('registers.sign.link')}</a>
        {data.canEdit && <a href={`/registers/sensors/${row.id}/edit`}>{t('registers.form.edit')}</a>}
      </p>
      <LinkedProcess ctx={ctx} data={data} />
      <section aria-labelledby="answers">
        <h2 id="answers">{t('registers.q.title')}</h2>
        {answerSensor(locale, t, data.lookups, row).map((a) => (
          <section aria-labelledby={`q-${a.id}`}>
            <h3 id={`q-${a.id}`}>{a.question}</h3>
            {a.terms.length === 0 && a.notes.length === 0 && <p>{t('registers.answer.notStated')}</p>}
            {a.terms.length > 0 && (
              <dl>
                {a.terms.map((term) => (
                  <>
                    <dt>{term.name}</dt>
                    <dd>{term.description}</dd>
                  </>
                ))}
              </dl>
            )}
            {a.notes.map((n) => (
              <p>{a.written ? <EntryText ctx={ctx} entry={row} text={n} /> : n}</p>
            ))}
          </section>
        ))}
      </section>
      {data.figures && <SensorFiguresSection ctx={ctx} figures={data.figures} />}
      <section aria-labelledby="facts">
        <h2 id="facts">{t('registers.facts.title')}</h2>
        <FactList ctx={ctx} data={data} specs={[...specsIn('sensor', 'basic', ['name_fr', 'name_en', 'description']), ...specsIn('sensor', 'location')]} />
        {props.locator && <div class="locator">{raw(props.locator)}</div>}
      </section>
      <ResidentsVoice ctx={ctx} data={data} />
    </RegisterLayout>
  );
}
