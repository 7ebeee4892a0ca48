import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, TextArea, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { ParticipationData } from '../participation-view.ts';

/** The question, the next statement with agree / disagree / pass buttons, progress, and the form to write a statement. */
export function ParticipateBlock(props: { ctx: PageContext; data: ParticipationData; state: FormState }) {
  const { ctx, data, state } = props;
  const { t, locale } = ctx;
  const { map } = data.map;
  const base = `/opinion-maps/${map.component_id}`;
  const question = localized(locale, map.question_fr, map.question_en);
  const context = localized(locale, map.context_fr, map.context_en);
  const left = data.visibleCount - data.votedCount;
  return (
    <>
      {question ? <p class="lead">{question}</p> : <p class="notice">{t('opinion.notSetUp')}</p>}
      {context && <p>{context}</p>}
      <ErrorSummary state={state} t={t} labels={{ _form: t('opinion.vote.legend'), body: t('opinion.write.label') }} />
      {state.errors._form && <p class="field-error" id="field-_form">{state.errors._form}</p>}
      <section aria-labelledby="opinion-vote">
        <h2 id="opinion-vote">{t('opinion.vote.title')}</h2>
        {!data.map.open && <p class="notice">{t('opinion.closed')}</p>}
        {data.map.open && !data.mayTakePart && (
          <p class="notice">
            {t('opinion.signInFirst')} <a href="/account/sign-in">{t('opinion.signInLink')}</a>
          </p>
        )}
        {(data.map.open || data.votedCount > 0) && <p>{t('opinion.progress', { voted: data.votedCount, left, total: data.visibleCount })}</p>}
        {data.map.open && data.mayTakePart && data.next && (
          <form method="post" action={`${base}/votes`} class="opinion-vote">
            <input type="hidden" name="statementId" value={data.next.id} />
            <fieldset>
              <legend>{t('opinion.vote.legend')}</legend>
              <blockquote>
                <p>{data.next.body}</p>
              </blockquote>
              <div class="actions">
                {/* Agree and disagree differ by colour and by shape (mark and corners): never by colour alone. */}
                <button type="submit" name="vote" value="agree" class="vote-agree"><span aria-hidden="true">✓ </span>{t('opinion.vote.agree')}</button>
                <button type="submit" name="vote" value="disagree" class="vote-disagree"><span aria-hidden="true">✗ </span>{t('opinion.vote.disagree')}</button>
                <button type="submit" name="vote" value="pass" class="secondary">{t('opinion.vote.pass')}</button>
              </div>
            </fieldset>
          </form>
        )}
        {data.map.open && data.mayTakePart && !data.next && data.visibleCount > 0 && <p>{t('opinion.vote.allDone')}</p>}
        {data.votedCount >= data.placeAfter ? (
          <p><a href={`${base}/results#you`}>{t('opinion.whereYouStand')}</a></p>
        ) : (
          data.map.open && <p class="meta">{t('opinion.placeAfter', { count: data.placeAfter })}</p>
        )}
      </section>
      {data.map.open && data.mayTakePart && (
        <section aria-labelledby="opinion-write">
          <h2 id="opinion-write">{t('opinion.write.title')}</h2>
          <p>{map.moderation === 'pre' ? t('opinion.write.preModerated') : t('opinion.write.postModerated')}</p>
          {data.mayWrite ? (
            <form method="post" action={`${base}/statements`} class="stacked">
              <TextArea state={state} name="body" label={t('opinion.write.label')} hint={t('opinion.write.hint', { max: map.max_length })} required t={t} rows={3} maxlength={map.max_length} />
              <button type="submit">{t('opinion.write.submit')}</button>
            </form>
          ) : (
            <p class="notice">{t('opinion.write.voteFirst')}</p>
          )}
        </section>
      )}
      <p class="actions">
        <a href={`${base}/results`}>{t('opinion.results.link')}</a>
        {data.isHost && <a href={`${base}/manage`}>{t('opinion.manage.link')}</a>}
      </p>
    </>
  );
}
