import type { Child } from 'hono/jsx';
import { localized } from '../../../platform/i18n/index.ts';
import { Localized, MarkedText } from '../../../web/localized-text.tsx';
import type { SurveyNeighbourhood } from '../survey-context.ts';
import type { FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { fieldName } from '../answer-form.ts';
import { OTHER_AREA, SCALE_POINTS, TEXT_LIMITS, type Labelled, type Question } from '../questions.ts';

const chosen = (state: FormState, name: string): string[] => {
  const v = state.values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** A question's title in the reader's language (French when no English was written). */
export const questionTitle = (ctx: PageContext, q: Pick<Question, 'title_fr' | 'title_en'>) => localized(ctx.locale, q.title_fr, q.title_en);
/** A choice's label in the reader's language. */
export const labelOf = (ctx: PageContext, l: Labelled) => localized(ctx.locale, l.fr, l.en);

/** The text of a scale point: "4 — Rather satisfied", or just "4" when the scale has no labels. */
export function scalePointText(ctx: PageContext, q: Question, point: string): string {
  const label = q.scaleLabels.find((l) => l.key === point);
  const text = label ? labelOf(ctx, label) : '';
  return text ? `${point} — ${text}` : point;
}

/** A question's title on a page: marked with its language when only the other language's was written. */
export const QuestionTitle = (props: { ctx: PageContext; q: Pick<Question, 'title_fr' | 'title_en'> }) => <Localized ctx={props.ctx} fr={props.q.title_fr} en={props.q.title_en} />;

/** A scale point on a page ("4 — Rather satisfied"), its label marked like `QuestionTitle`. */
function ScalePoint(props: { ctx: PageContext; q: Question; point: string }) {
  const label = props.q.scaleLabels.find((l) => l.key === props.point);
  if (!label || !labelOf(props.ctx, label)) return <>{props.point}</>;
  return <>{props.point} — <Localized ctx={props.ctx} fr={label.fr} en={label.en} /></>;
}

/** How an answer value reads on a page: `valueLabel`, with a choice, scale label or neighbourhood in the other language marked. */
export function ValueLabel(props: { ctx: PageContext; q: Question; value: string; neighbourhoods: readonly SurveyNeighbourhood[] }) {
  const { ctx, q, value } = props;
  if (q.kind === 'scale' || q.kind === 'matrix') return <ScalePoint ctx={ctx} q={q} point={value} />;
  const hood = q.kind === 'neighbourhood' ? props.neighbourhoods.find((n) => n.key === value) : undefined;
  if (hood) return <MarkedText ctx={ctx} label={{ text: hood.label, lang: hood.lang }} />;
  const option = q.kind === 'neighbourhood' ? undefined : q.options.find((o) => o.key === value);
  return option ? <Localized ctx={ctx} fr={option.fr} en={option.en} /> : <>{valueLabel(ctx, q, value, props.neighbourhoods)}</>;
}

function Legend(props: { ctx: PageContext; q: Question }) {
  const { ctx, q } = props;
  return (
    <legend>
      <QuestionTitle ctx={ctx} q={q} />
      {!q.required && <span class="optional"> ({ctx.t('form.optional')})</span>}
    </legend>
  );
}

function FieldError(props: { state: FormState; name: string }) {
  const error = props.state.errors[props.name];
  return error ? <p class="field-error" id={`error-${props.name}`}>{error}</p> : null;
}

/** Radio buttons or checkboxes; the first one carries the `field-…` id the error summary links to. */
function Choices(props: { state: FormState; name: string; type: 'radio' | 'checkbox'; choices: { value: string; label: Child }[]; required: boolean }) {
  const { state, name } = props;
  const picked = chosen(state, name);
  const invalid = state.errors[name] ? 'true' : undefined;
  return (
    <ul class="choice-list">
      {props.choices.map((c, i) => (
        <li class="field checkbox">
          <input type={props.type} id={i === 0 ? `field-${name}` : `field-${name}-${i}`} name={name} value={c.value} checked={picked.includes(c.value)} required={props.type === 'radio' && props.required} aria-invalid={invalid} aria-describedby={invalid && `error-${name}`} />
          <label for={i === 0 ? `field-${name}` : `field-${name}-${i}`}>{c.label}</label>
        </li>
      ))}
    </ul>
  );
}

/** One question of the answer form, as plain HTML controls (no script): its title, help, error and control. */
export function QuestionField(props: { ctx: PageContext; q: Question; state: FormState; neighbourhoods: SurveyNeighbourhood[] }) {
  const { ctx, q, state } = props;
  const name = fieldName(q.id);
  const help = localized(ctx.locale, q.help_fr, q.help_en) && <Localized ctx={ctx} fr={q.help_fr} en={q.help_en} />;
  const scaleChoices = SCALE_POINTS.map((p) => ({ value: p, label: <ScalePoint ctx={ctx} q={q} point={p} /> }));
  if (q.kind === 'short-text' || q.kind === 'long-text') {
    const value = chosen(state, name)[0] ?? '';
    const common = { id: `field-${name}`, name, required: q.required, maxlength: TEXT_LIMITS[q.kind], 'aria-invalid': state.errors[name] ? 'true' : undefined, 'aria-describedby': state.errors[name] ? `error-${name}` : undefined };
    return (
      <div class={state.errors[name] ? 'field has-error' : 'field'}>
        <label for={`field-${name}`}>
          <QuestionTitle ctx={ctx} q={q} />
          {!q.required && <span class="optional"> ({ctx.t('form.optional')})</span>}
        </label>
        {help && <p class="hint">{help}</p>}
        <FieldError state={state} name={name} />
        {q.kind === 'short-text' ? <input type="text" value={value} {...common} /> : <textarea rows={5} {...common}>{value}</textarea>}
      </div>
    );
  }
  if (q.kind === 'matrix') {
    return (
      <fieldset class="question">
        <Legend ctx={ctx} q={q} />
        {help && <p class="hint">{help}</p>}
        {q.items.map((item) => (
          <fieldset class={state.errors[fieldName(q.id, item.key)] ? 'matrix-item has-error' : 'matrix-item'}>
            <legend><Localized ctx={ctx} fr={item.fr} en={item.en} /></legend>
            <FieldError state={state} name={fieldName(q.id, item.key)} />
            <Choices state={state} name={fieldName(q.id, item.key)} type="radio" choices={scaleChoices} required={q.required} />
          </fieldset>
        ))}
      </fieldset>
    );
  }
  const choices =
    q.kind === 'scale'
      ? scaleChoices
      : q.kind === 'neighbourhood'
        ? [...props.neighbourhoods.map((n) => ({ value: n.key, label: <MarkedText ctx={ctx} label={{ text: n.label, lang: n.lang }} /> })), { value: OTHER_AREA, label: ctx.t('surveys.answer.otherArea') }]
        : q.options.map((o) => ({ value: o.key, label: <Localized ctx={ctx} fr={o.fr} en={o.en} /> }));
  return (
    <fieldset class={state.errors[name] ? 'question has-error' : 'question'}>
      <Legend ctx={ctx} q={q} />
      {help && <p class="hint">{help}</p>}
      {q.kind === 'multiple' && <p class="hint">{ctx.t('surveys.answer.several')}</p>}
      <FieldError state={state} name={name} />
      <Choices state={state} name={name} type={q.kind === 'multiple' ? 'checkbox' : 'radio'} choices={choices} required={q.required} />
    </fieldset>
  );
}

/** How an answer value reads: a choice's label, a neighbourhood's name, or a scale point with its label. */
export function valueLabel(ctx: PageContext, q: Question, value: string, neighbourhoods: readonly { key: string; label: string }[]): string {
  if (q.kind === 'scale' || q.kind === 'matrix') return scalePointText(ctx, q, value);
  if (q.kind === 'neighbourhood') return value === OTHER_AREA ? ctx.t('surveys.answer.otherArea') : (neighbourhoods.find((n) => n.key === value)?.label ?? value);
  const option = q.options.find((o) => o.key === value);
  return option ? labelOf(ctx, option) : value;
}
