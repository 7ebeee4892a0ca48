import type { PageContext } from '../../../web/layout.tsx';
import type { FormState } from '../../../web/form.tsx';

/** A fieldset of checkboxes for a list value, keeping the choices and showing its error (id field-<name> for the error summary). */
export function CheckboxGroup(props: { ctx: PageContext; state: FormState; name: string; legend: string; options: { value: string; label: string; lang?: string }[] }) {
  const raw = props.state.values[props.name];
  const chosen = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  const error = props.state.errors[props.name];
  return (
    <fieldset class={error ? 'field has-error' : 'field'} id={`field-${props.name}`} tabindex={-1}>
      <legend>{props.legend}</legend>
      {error && <p class="field-error">{error}</p>}
      {props.options.length === 0 && <p class="hint">{props.ctx.t('compass.form.noOptions')}</p>}
      {props.options.map((o, i) => (
        <div class="checkbox">
          <input type="checkbox" id={`${props.name}-${i}`} name={props.name} value={o.value} checked={chosen.has(o.value)} />
          <label for={`${props.name}-${i}`} lang={o.lang}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
