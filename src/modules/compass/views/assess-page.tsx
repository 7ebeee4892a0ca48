import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { ErrorSummary, SelectField, type FormState } from '../../../web/form.tsx';
import { criteria, SCALE } from '../criteria.ts';
import type { InitiativeRow } from '../initiative-queries.ts';
import { CompassLayout } from './frame.tsx';
import { MethodNote } from './method-note.tsx';
import { namedIn } from '../../../web/localized-text.tsx';

/** The label of one point of a criterion's scale: the poles at 1 and 5, "rather" at 2 and 4, "between" at 3. */
export function scaleLabel(ctx: PageContext, key: string, answer: number): string {
  const low = ctx.t(`compass.criterion.${key}.low`);
  const high = ctx.t(`compass.criterion.${key}.high`);
  return ctx.t(`compass.scale.${answer}`, { low, high });
}

/** The questionnaire: the same eight questions for everyone, each a group of five labelled radio buttons. */
export function AssessPage(props: { ctx: PageContext; initiative: InitiativeRow; form: FormState; actors: { value: string; label: string }[]; changing: boolean }) {
  const { ctx, initiative, form } = props;
  const { t, locale } = ctx;
  const title = namedIn(ctx, (title) => t('compass.assess.title', { title }), initiative.title_fr, initiative.title_en);
  const labels = Object.fromEntries([['actor', t('compass.assess.as')], ...criteria.map((c) => [c.key, t(`compass.criterion.${c.key}.name`)])]);
  return (
    <CompassLayout ctx={ctx} title={title.text}>
      <h1>{title.marked}</h1>
      <p class="lead">{t('compass.assess.lead')}</p>
      {props.changing && <p class="notice">{t('compass.assess.changing')}</p>}
      <ErrorSummary state={form} t={t} labels={labels} />
      <form method="post" action={`/compass/initiatives/${initiative.slug}/assess`} class="stacked" novalidate>
        {props.actors.length > 1 && <SelectField state={form} name="actor" label={labels.actor} hint={t('compass.assess.asHint')} required t={t} options={props.actors} />}
        {criteria.map((c) => {
          const error = form.errors[c.key];
          const chosen = form.values[c.key];
          return (
            <fieldset class={error ? 'field has-error' : 'field'} id={`field-${c.key}`} tabindex={-1}>
              <legend>{t(`compass.criterion.${c.key}.name`)}</legend>
              <p class="hint">{t(`compass.criterion.${c.key}.question`)}</p>
              {error && <p class="field-error">{error}</p>}
              {SCALE.map((a) => (
                <div class="checkbox">
                  <input type="radio" id={`${c.key}-${a}`} name={c.key} value={String(a)} checked={chosen === String(a)} />
                  <label for={`${c.key}-${a}`}>{a} — {scaleLabel(ctx, c.key, a)}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
        <p><button type="submit">{t('compass.assess.submit')}</button></p>
      </form>
      <MethodNote ctx={ctx} />
    </CompassLayout>
  );
}
