import type { FormState } from '../../../web/form.tsx';
import { SelectField } from '../../../web/form.tsx';
import type { Translate } from '../../../platform/i18n/index.ts';
import { ACTOR_FIELD, type ActingOption } from '../actor.ts';

/**
 * "Publish as: myself / <organisation>", for other modules' forms. Shows nothing when the person
 * belongs to no organisation (parseActor then reads the choice as "myself").
 */
export function ActorPicker(props: { t: Translate; options: ActingOption[]; state: FormState }) {
  if (props.options.length === 0) return null;
  const choices = [{ value: 'self', label: props.t('org.actor.myself') }, ...props.options.map((o) => ({ value: o.organisationId, label: o.name }))];
  return <SelectField state={props.state} name={ACTOR_FIELD} label={props.t('org.actor.label')} required t={props.t} options={choices} />;
}
