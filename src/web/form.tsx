import type { Child } from 'hono/jsx';
import type { FieldErrors, FormValues } from '../platform/form.ts';
import type { Translate } from '../platform/i18n/index.ts';

/** Current form state: the values typed and the errors per field. */
export interface FormState {
  values: FormValues;
  errors: FieldErrors;
}

export const emptyForm = (values: FormValues = {}): FormState => ({ values, errors: {} });

const valueOf = (state: FormState, name: string): string => {
  const v = state.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

/** Lists the errors at the top of a form, each linking to its field. */
export function ErrorSummary(props: { state: FormState; t: Translate; labels: Record<string, string> }) {
  const entries = Object.entries(props.state.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <p>{props.t('form.errorSummary')}</p>
      <ul>
        {entries.map(([field, message]) => (
          <li><a href={`#field-${field}`}>{`${props.labels[field] ?? field} : ${message}`}</a></li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  t: Translate;
}

function FieldFrame(props: FieldProps & { children: Child }) {
  const error = props.state.errors[props.name];
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={`field-${props.name}`}>
        {props.label}
        {!props.required && <span class="optional"> ({props.t('form.optional')})</span>}
      </label>
      {props.hint && <p class="hint" id={`hint-${props.name}`}>{props.hint}</p>}
      {error && <p class="field-error" id={`error-${props.name}`}>{error}</p>}
      {props.children}
    </div>
  );
}

function describedBy(props: FieldProps): string | undefined {
  const ids = [props.hint && `hint-${props.name}`, props.state.errors[props.name] && `error-${props.name}`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled text input that keeps its value and shows its error beside it. */
/** The language a bilingual field is written in (`title_fr`, `body_en`): its input says so, for spellcheckers and screen readers. */
const fieldLanguage = (name: string) => /_(fr|en)$/.exec(name)?.[1];

export function TextField(props: FieldProps & { type?: string; autocomplete?: string; maxlength?: number }) {
  const keep = props.type !== 'password';
  return (
    <FieldFrame {...props}>
      <input
        id={`field-${props.name}`}
        name={props.name}
        type={props.type ?? 'text'}
        value={keep ? valueOf(props.state, props.name) : ''}
        required={props.required}
        autocomplete={props.autocomplete}
        maxlength={props.maxlength}
        lang={fieldLanguage(props.name)}
        aria-invalid={props.state.errors[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

/** A labelled textarea that keeps its value. */
export function TextArea(props: FieldProps & { rows?: number; maxlength?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea
        id={`field-${props.name}`}
        name={props.name}
        rows={props.rows ?? 6}
        required={props.required}
        maxlength={props.maxlength}
        lang={fieldLanguage(props.name)}
        aria-invalid={props.state.errors[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {valueOf(props.state, props.name)}
      </textarea>
    </FieldFrame>
  );
}

/** A labelled select whose chosen option survives a failed submit. */
export function SelectField(props: FieldProps & { options: { value: string; label: string; lang?: string }[] }) {
  const current = valueOf(props.state, props.name);
  return (
    <FieldFrame {...props}>
      <select
        id={`field-${props.name}`}
        name={props.name}
        required={props.required}
        aria-invalid={props.state.errors[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current} lang={o.lang}>{o.label}</option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A single checkbox with its label after it, and its error above it when the form came back with one. */
export function CheckboxField(props: { state: FormState; name: string; label: string; value?: string; required?: boolean }) {
  const v = props.state.values[props.name];
  const checked = Array.isArray(v) ? v.includes(props.value ?? 'on') : v === (props.value ?? 'on');
  const error = props.state.errors[props.name];
  const box = (
    <div class="field checkbox">
      <input
        type="checkbox"
        id={`field-${props.name}`}
        name={props.name}
        value={props.value ?? 'on'}
        checked={checked}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `error-${props.name}` : undefined}
      />
      <label for={`field-${props.name}`}>{props.label}</label>
    </div>
  );
  if (!error) return box;
  return (
    <div class="has-error">
      <p class="field-error" id={`error-${props.name}`}>{error}</p>
      {box}
    </div>
  );
}
