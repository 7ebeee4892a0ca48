import type { FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { MAX_COMMENT_LENGTH } from '../stances.ts';

/** Which form of a debate a submitted state belongs to: the new comment, a reply, an edit, or a comment's vote/delete buttons. */
export type CommentFormKey = 'new' | `reply-${string}` | `edit-${string}` | `action-${string}`;

/** A submitted form to show again with its errors and typed values. */
export interface CommentFormState {
  key: CommentFormKey;
  state: FormState;
}

const valueOf = (state: FormState | undefined, name: string): string => {
  const v = state?.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

/** The comment textarea with an id unique to its form, its error beside it and the typed text kept. */
export function CommentTextField(props: { ctx: PageContext; formKey: CommentFormKey; state?: FormState; initial?: string }) {
  const { t } = props.ctx;
  const id = `comment-body-${props.formKey}`;
  const error = props.state?.errors.body;
  const value = props.state ? valueOf(props.state, 'body') : (props.initial ?? '');
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{t(props.formKey.startsWith('reply-') ? 'comments.form.replyBody' : 'comments.form.body')}</label>
      <p class="hint" id={`${id}-hint`}>{t('comments.form.bodyHint', { max: MAX_COMMENT_LENGTH })}</p>
      {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
      <textarea id={id} name="body" rows={4} required maxlength={MAX_COMMENT_LENGTH} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
        {value}
      </textarea>
    </div>
  );
}

/** A form-level message (closed, blocked, already voted...) shown at the top of the form it concerns. */
export function FormProblem(props: { state?: FormState }) {
  const message = props.state?.errors._form;
  return message ? <p class="field-error" role="alert">{message}</p> : null;
}

/** The hidden fields every debate form carries so the server knows which resource it is about. */
export function ResourceFields(props: { resource: { type: string; id: string } }) {
  return (
    <>
      <input type="hidden" name="resource_type" value={props.resource.type} />
      <input type="hidden" name="resource_id" value={props.resource.id} />
    </>
  );
}
