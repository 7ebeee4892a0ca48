import { formatDate } from '../../../platform/i18n/index.ts';
import { isModerator, isResident } from '../../../platform/session.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { FlagForm, HiddenNotice } from '../../moderation/index.ts';
import type { EntryPageData } from '../page-data.ts';
import { waitingDays } from '../dashboard.ts';

/** "Question the city": public questions and objections, the department's answers, and the form to ask. */
export function QuestionsSection(props: { ctx: PageContext; data: EntryPageData }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const base = `/registers/${data.type}s/${data.entry.id}`;
  const open = data.questions.filter((q) => !q.answered_at).length;
  const answerError = (id: string) => (data.answerForm?.questionId === id ? data.answerForm.state.errors.answer : undefined);
  const asked = data.questionForm;
  const bodyError = asked?.errors.body;
  return (
    <section aria-labelledby="questions">
      <h2 id="questions">{t('registers.questions.title')}</h2>
      <p>{t('registers.questions.summary', { total: data.questions.length, open })}</p>
      {data.questions.map((q) => (
        <article class="card" id={`question-${q.id}`}>
          <h3>{t(q.kind === 'contest' ? 'registers.questions.contest' : 'registers.questions.question')} — {formatDate(locale, q.created_at)}</h3>
          {q.hidden_at && <HiddenNotice ctx={ctx} reason={q.hidden_reason} />}
          {(!q.hidden_at || isModerator(ctx.user)) && <p>{q.body}</p>}
          {q.answered_at ? (
            <div class="notice">
              <p><strong>{t('registers.questions.answeredOn', { date: formatDate(locale, q.answered_at) })}</strong></p>
              <p>{q.answer}</p>
              {answerError(q.id) && <p class="field-error" role="alert">{answerError(q.id)}</p>}
            </div>
          ) : (
            <p class="meta">{t('registers.questions.waiting', { n: waitingDays(q.created_at) })}</p>
          )}
          <FlagForm ctx={ctx} resource={{ type: 'register_question', id: q.id }} returnTo={`${base}#question-${q.id}`} />
          {!q.answered_at && data.canEdit && (
            <form method="post" action={`/registers/questions/${q.id}/answer`} class="stacked">
              <div class={answerError(q.id) ? 'field has-error' : 'field'}>
                <label for={`answer-${q.id}`}>{t('registers.questions.answerLabel')}</label>
                {answerError(q.id) && <p class="field-error" id={`answer-error-${q.id}`}>{answerError(q.id)}</p>}
                <textarea id={`answer-${q.id}`} name="answer" rows={4} required maxlength={4000} aria-invalid={answerError(q.id) ? 'true' : undefined} aria-describedby={answerError(q.id) ? `answer-error-${q.id}` : undefined}>
                  {data.answerForm?.questionId === q.id ? String(data.answerForm.state.values.answer ?? '') : ''}
                </textarea>
              </div>
              <button type="submit">{t('registers.questions.answerSubmit')}</button>
            </form>
          )}
        </article>
      ))}
      {isResident(ctx.user) ? (
        <form method="post" action={`${base}/questions`} class="stacked">
          <fieldset>
            <legend>{t('registers.questions.kind')}</legend>
            <div class="field checkbox">
              <input type="radio" id="question-kind-question" name="kind" value="question" checked={asked?.values.kind !== 'contest'} />
              <label for="question-kind-question">{t('registers.questions.question')}</label>
            </div>
            <div class="field checkbox">
              <input type="radio" id="question-kind-contest" name="kind" value="contest" checked={asked?.values.kind === 'contest'} />
              <label for="question-kind-contest">{t('registers.questions.contest')}</label>
            </div>
          </fieldset>
          <div class={bodyError ? 'field has-error' : 'field'}>
            <label for="question-body">{t('registers.questions.bodyLabel')}</label>
            <p class="hint" id="question-body-hint">{t('registers.questions.publicHint')}</p>
            {bodyError && <p class="field-error" id="question-body-error">{bodyError}</p>}
            <textarea id="question-body" name="body" rows={4} required maxlength={2000} aria-invalid={bodyError ? 'true' : undefined} aria-describedby={bodyError ? 'question-body-hint question-body-error' : 'question-body-hint'}>
              {String(asked?.values.body ?? '')}
            </textarea>
          </div>
          <button type="submit">{t('registers.questions.submit')}</button>
        </form>
      ) : (
        <p><a href={`/account/sign-in?next=${encodeURIComponent(base)}`}>{t('registers.questions.signIn')}</a></p>
      )}
    </section>
  );
}
