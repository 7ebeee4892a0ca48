import { raw } from 'hono/html';
import { TextField, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';

/** The optional "place on the map" part of a form: the clickable city map (with JavaScript) and the coordinate fields. */
export function LocationFieldset(props: { ctx: PageContext; state: FormState; picker: string | null }) {
  const { t } = props.ctx;
  return (
    <fieldset class="location">
      <legend>{t('geography.location.legend')}</legend>
      <p class="hint">{t('geography.location.hint')}</p>
      {props.picker && <div class="map-picker">{raw(props.picker)}</div>}
      <TextField state={props.state} t={t} name="latitude" label={t('geography.location.latitude')} maxlength={30} />
      <TextField state={props.state} t={t} name="longitude" label={t('geography.location.longitude')} maxlength={30} />
      {props.picker && <script src="/maps/picker.js" defer></script>}
    </fieldset>
  );
}
