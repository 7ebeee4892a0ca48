import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { Question } from '../questions.ts';
import { surveyPath } from '../survey-context.ts';
import { questionTitle } from './question-field.tsx';
import { MarkedText, plainLabel, SLOT_VALUE, withValue, type LanguageLabel } from '../../../web/localized-text.tsx';

/** The free-text answers of a survey, for admins only: grouped by question, in alphabetical order, with nothing about who wrote them. */
export function TextAnswersPage(props: { ctx: PageContext; componentId: string; surveyName: LanguageLabel; questions: Question[]; answers: { question_id: string; value: string }[] }) {
  const { ctx } = props;
  const { t } = ctx;
  const title = t('surveys.text.title', { survey: plainLabel(ctx, props.surveyName) });
  return (
    <Layout ctx={ctx} title={title}>
      <nav aria-label={t('surveys.breadcrumb')}>
        <p><a href={surveyPath(props.componentId, 'manage')}>{t('surveys.manage.backToManage')}</a></p>
      </nav>
      <h1>{withValue(t('surveys.text.title', { survey: SLOT_VALUE }), <MarkedText ctx={ctx} label={props.surveyName} />)}</h1>
      <p>{t('surveys.text.note')}</p>
      {props.questions.length === 0 && <p>{t('surveys.text.noQuestion')}</p>}
      {props.questions.map((q) => {
        const given = props.answers.filter((a) => a.question_id === q.id);
        return (
          <section aria-labelledby={`text-${q.id}`}>
            <h2 id={`text-${q.id}`}>{questionTitle(ctx, q)}</h2>
            {given.length === 0 ? (
              <p>{t('surveys.text.none')}</p>
            ) : (
              <ul>
                {given.map((a) => (
                  <li>{a.value}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </Layout>
  );
}
