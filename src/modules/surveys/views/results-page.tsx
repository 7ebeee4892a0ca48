import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PublishOutcome, PublishedStatistic } from '../../../platform/statistics/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { BudgetRefusalNotice, NoiseNote, PublishedFigure } from '../../../web/published-figure.tsx';
import type { QuestionResult } from '../result-tables.ts';
import { QuestionTitle, ValueLabel } from './question-field.tsx';
import { Localized, MarkedText, plainLabel, SLOT_VALUE, withValue, type LanguageLabel } from '../../../web/localized-text.tsx';
import type { SurveyNeighbourhood } from '../survey-context.ts';
import { DataTable } from '../../../web/data-table.tsx';

/** What the results page shows. */
export interface ResultsPageData {
  surveyName: LanguageLabel;
  backHref: string;
  csvHref: string;
  textAnswersHref: string | null;
  outcome: PublishOutcome | null;
  results: QuestionResult[];
  textQuestions: { title_fr: string; title_en: string }[];
  neighbourhoods: SurveyNeighbourhood[];
  open: boolean;
}

const shareText = (ctx: PageContext, share: number | null) => (share === null ? '—' : formatNumber(ctx.locale, share, { style: 'percent', maximumFractionDigits: 0 }));

function ResultTable(props: { ctx: PageContext; result: QuestionResult; neighbourhoods: ResultsPageData['neighbourhoods'] }) {
  const { ctx, result } = props;
  const { t } = ctx;
  const title = <QuestionTitle ctx={ctx} q={result.question} />;
  const caption = result.item ? <>{title} — <Localized ctx={ctx} fr={result.item.fr} en={result.item.en} /></> : title;
  return (
    <DataTable
      caption={caption}
      rows={result.rows.map((row) => ({ label: <ValueLabel ctx={ctx} q={result.question} value={row.value} neighbourhoods={props.neighbourhoods} />, figure: row.figure, share: shareText(ctx, row.share) }))}
      footer={result.answered ? [{ label: <>{t(result.question.kind === 'multiple' ? 'surveys.results.respondents' : 'surveys.results.total')}</>, figure: result.answered, share: '' }] : undefined}
      columns={[
        { header: t('surveys.results.answer'), rowHeader: true, cell: (r) => r.label },
        { header: t('surveys.results.count'), cell: (r) => <PublishedFigure ctx={ctx} figure={r.figure} /> },
        { header: t('surveys.results.share'), cell: (r) => r.share },
      ]}
    />
  );
}

function Figures(props: { ctx: PageContext; data: ResultsPageData; statistic: PublishedStatistic }) {
  const { ctx, data, statistic } = props;
  const { t } = ctx;
  const responses = statistic.tables.responses?.cells;
  const figure = responses && Object.values(responses)[0];
  return (
    <>
      {figure && <p>{t('surveys.results.responses')} <strong><PublishedFigure ctx={ctx} figure={figure} /></strong></p>}
      <NoiseNote ctx={ctx} statistic={statistic} />
      {data.results.map((result) => (
        <ResultTable ctx={ctx} result={result} neighbourhoods={data.neighbourhoods} />
      ))}
      <p><a href={data.csvHref}>{t('surveys.results.csv')}</a></p>
    </>
  );
}

/** A survey's results as the privacy rules publish them: counts and shares per question, small counts hidden, noise labelled. */
export function ResultsPage(props: { ctx: PageContext; data: ResultsPageData }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const { outcome } = data;
  const statistic = outcome ? (outcome.ok ? outcome.statistic : outcome.latest) : null;
  return (
    <Layout ctx={ctx} title={t('surveys.results.title', { survey: plainLabel(ctx, data.surveyName) })}>
      <nav aria-label={t('surveys.breadcrumb')}>
        <p><a href={data.backHref}>{t('surveys.back')}</a></p>
      </nav>
      <h1>{withValue(t('surveys.results.title', { survey: SLOT_VALUE }), <MarkedText ctx={ctx} label={data.surveyName} />)}</h1>
      {data.open && <p class="notice">{t('surveys.results.provisional')}</p>}
      <p>{t('surveys.results.rule')}</p>
      {outcome && !outcome.ok && <BudgetRefusalNotice ctx={ctx} refusal={outcome.refusal} hasLatest={outcome.latest !== null} />}
      {!outcome && <p class="notice" role="status">{t('surveys.results.atClose')}</p>}
      {statistic && <Figures ctx={ctx} data={data} statistic={statistic} />}
      {data.textQuestions.length > 0 && (
        <section aria-labelledby="text-answers">
          <h2 id="text-answers">{t('surveys.results.textTitle')}</h2>
          <p>{t('surveys.results.textPrivate')}</p>
          <ul>
            {data.textQuestions.map((q) => (
              <li><QuestionTitle ctx={ctx} q={q} /></li>
            ))}
          </ul>
          {data.textAnswersHref && <p><a href={data.textAnswersHref}>{t('surveys.results.textLink')}</a></p>}
        </section>
      )}
    </Layout>
  );
}
