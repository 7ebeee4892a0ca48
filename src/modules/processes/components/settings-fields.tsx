import type { z } from 'zod';
import { CheckboxField, SelectField, TextField, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { ComponentSpec } from './manifest.ts';
import { requirementChoices, requirementFieldNames, verifiableActions } from './requirements.ts';
import { settingFields } from './settings-form.ts';

/** Form fields generated from a settings schema: checkbox, number input, select or text input. */
export function SettingsFields(props: { ctx: PageContext; state: FormState; type: string; schema: z.ZodObject; prefix: string }) {
  const { ctx, state, type, prefix } = props;
  const { t } = ctx;
  return (
    <>
      {settingFields(type, props.schema).map((field) => {
        const name = `${prefix}${field.name}`;
        const label = t(field.labelKey);
        const error = state.errors[name];
        switch (field.kind) {
          case 'boolean':
            return (
              <>
                {error && <p class="field-error">{error}</p>}
                <CheckboxField state={state} name={name} label={label} />
              </>
            );
          case 'enum':
            return <SelectField state={state} name={name} label={label} required t={t} options={field.options.map((o) => ({ value: o, label: t(`${field.labelKey}.${o}`) }))} />;
          case 'number':
            return <NumberField state={state} name={name} label={label} min={field.min} max={field.max} step={field.integer ? 1 : 'any'} />;
          default:
            return <TextField state={state} name={name} label={label} t={t} maxlength={field.maxLength} />;
        }
      })}
    </>
  );
}

// TextField has no min/max/step, and a number input without them lets the browser offer nothing useful.
function NumberField(props: { state: FormState; name: string; label: string; min?: number; max?: number; step: number | 'any' }) {
  const error = props.state.errors[props.name];
  const raw = props.state.values[props.name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={`field-${props.name}`}>{props.label}</label>
      {error && <p class="field-error" id={`error-${props.name}`}>{error}</p>}
      <input
        type="number"
        id={`field-${props.name}`}
        name={props.name}
        value={value ?? ''}
        min={props.min}
        max={props.max}
        step={props.step}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `error-${props.name}` : undefined}
      />
    </div>
  );
}

/** The verification each verifiable action of the type requires: a method (or none) and "same neighbourhood only". */
export function RequirementFields(props: { ctx: PageContext; state: FormState; manifest: Pick<ComponentSpec, 'type' | 'actions'> }) {
  const { ctx, state, manifest } = props;
  const { t } = ctx;
  const actions = verifiableActions(manifest);
  if (actions.length === 0) return null;
  return (
    <fieldset>
      <legend>{t('components.requirement.legend')}</legend>
      <p class="hint">{t('components.requirement.hint')}</p>
      {actions.map((action) => {
        const names = requirementFieldNames(action);
        const actionName = t(`components.${manifest.type}.actions.${action}`);
        return (
          <>
            <SelectField state={state} name={names.method} label={t('components.requirement.method', { action: actionName })} required t={t} options={requirementChoices.map((o) => ({ value: o, label: t(`components.requirement.choice.${o}`) }))} />
            <CheckboxField state={state} name={names.neighbourhood} label={t('components.requirement.neighbourhood', { action: actionName })} />
          </>
        );
      })}
    </fieldset>
  );
}
