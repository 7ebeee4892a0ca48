import { SelectField, TextField, type FormState } from '../../../web/form.tsx';
import { isModerator } from '../../../platform/session.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { flagReasons } from '../reasons.ts';

/** The fields of a flag: reason and, for "other", a short text. Used inline and on the flag page. */
export function FlagFields(props: { ctx: PageContext; state: FormState }) {
  const { t } = props.ctx;
  return (
    <>
      <SelectField state={props.state} name="reason" label={t('moderation.flag.reason')} required t={t} options={flagReasons.map((r) => ({ value: r, label: t(`moderation.reason.${r}`) }))} />
      <TextField state={props.state} name="text" label={t('moderation.flag.text')} hint={t('moderation.flag.textHint')} t={t} maxlength={500} />
    </>
  );
}

/** Moderators hide straight from the page, with the public reason shown in place of the content. */
function ModeratorHideForm(props: { ctx: PageContext; resource: { type: string; id: string }; returnTo: string }) {
  const { t } = props.ctx;
  const id = `hide-reason-${props.resource.type}-${props.resource.id}`;
  return (
    <form method="post" action="/moderation/hide" class="stacked">
      <input type="hidden" name="resource_type" value={props.resource.type} />
      <input type="hidden" name="resource_id" value={props.resource.id} />
      <input type="hidden" name="return_to" value={props.returnTo} />
      <div class="field">
        <label for={id}>{t('moderation.hide.reason')}</label>
        <input id={id} name="public_reason" type="text" required minlength={3} maxlength={300} />
      </div>
      <button type="submit" class="danger">{t('moderation.hide.submit')}</button>
    </form>
  );
}

/**
 * "Report this" for a resource page: a folded form (works without JavaScript) posting to /moderation/flag.
 * Signed-out visitors see nothing; moderators also get a hide form; the field ids are per resource so several forms can share a page.
 */
export function FlagForm(props: { ctx: PageContext; resource: { type: string; id: string }; returnTo: string }) {
  const { t, user } = props.ctx;
  if (!user) return null;
  const reasonId = `flag-reason-${props.resource.type}-${props.resource.id}`;
  const textId = `flag-text-${props.resource.type}-${props.resource.id}`;
  return (
    <details class="flag">
      <summary>{t('moderation.flag.summary')}</summary>
      <form method="post" action="/moderation/flag" class="stacked">
        <input type="hidden" name="resource_type" value={props.resource.type} />
        <input type="hidden" name="resource_id" value={props.resource.id} />
        <input type="hidden" name="return_to" value={props.returnTo} />
        <div class="field">
          <label for={reasonId}>{t('moderation.flag.reason')}</label>
          <select id={reasonId} name="reason" required>
            {flagReasons.map((r) => <option value={r}>{t(`moderation.reason.${r}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for={textId}>{t('moderation.flag.text')} <span class="optional">({t('form.optional')})</span></label>
          <p class="hint">{t('moderation.flag.textHint')}</p>
          <input id={textId} name="text" type="text" maxlength={500} />
        </div>
        <button type="submit" class="secondary">{t('moderation.flag.submit')}</button>
      </form>
      {isModerator(user) && <ModeratorHideForm {...props} />}
    </details>
  );
}
