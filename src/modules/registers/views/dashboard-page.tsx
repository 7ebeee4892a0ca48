import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { RegisterDashboard } from '../dashboard.ts';
import { autonomyLabel, entryName } from '../present.ts';
import type { Lookups } from '../queries.ts';
import { RegisterLayout } from './register-frame.tsx';
import { DataTable } from '../../../web/data-table.tsx';

function medianText(ctx: PageContext, hours: number | null): string {
  if (hours === null) return ctx.t('registers.dashboard.noAnswerYet');
  if (hours < 48) return ctx.t('registers.dashboard.hours', { n: formatNumber(ctx.locale, hours, { maximumFractionDigits: 1 }) });
  return ctx.t('registers.dashboard.days', { n: formatNumber(ctx.locale, hours / 24, { maximumFractionDigits: 1 }) });
}

/** The register dashboard: personal data per neighbourhood, who decides, open questions, overdue reviews. */
export function DashboardPage(props: { ctx: PageContext; d: RegisterDashboard; lookups: Lookups }) {
  const { ctx, d, lookups } = props;
  const { t, locale } = ctx;
  const hoodName = (id: string) => {
    const n = lookups.neighbourhoods.get(id);
    return n ? localized(locale, n.name_fr, n.name_en) : t('registers.dashboard.noNeighbourhood');
  };
  return (
    <RegisterLayout ctx={ctx} title={t('registers.dashboard.title')}>
      <h1>{t('registers.dashboard.title')}</h1>
      <ul class="cards">
        <li class="card" id="stat-personal"><p><strong>{formatNumber(locale, d.personalSensors)}</strong> {t('registers.dashboard.personalSensors', { total: d.sensorsInService })}</p></li>
        <li class="card" id="stat-no-human"><p><strong>{formatNumber(locale, d.byAutonomy.get('ai_only') ?? 0)}</strong> {t('registers.dashboard.withoutHuman', { total: d.algorithmsInService })}</p></li>
        <li class="card" id="stat-open"><p><strong>{formatNumber(locale, d.openQuestions.length)}</strong> {t('registers.dashboard.openQuestions')}</p></li>
        <li class="card" id="stat-refused"><p><strong>{formatNumber(locale, d.refusedObservations)}</strong> {t('observations.refused')}</p></li>
        <li class="card" id="stat-median"><p><strong>{medianText(ctx, d.medianAnswerHours)}</strong> {t('registers.dashboard.median')}</p></li>
      </ul>
      <DataTable
        caption={t('registers.dashboard.personalWhere')}
        rows={[...d.personalByNeighbourhood]}
        columns={[
          { header: t('registers.field.neighbourhood_id'), rowHeader: true, cell: ([id]) => <a href={`/registers/sensors?personal=yes&neighbourhood=${id}`}>{hoodName(id)}</a> },
          { header: t('registers.dashboard.devices'), cell: ([, n]) => formatNumber(locale, n) },
        ]}
      />
      <DataTable
        caption={t('registers.dashboard.autonomy')}
        rows={[...d.byAutonomy]}
        columns={[
          { header: t('registers.field.autonomy'), rowHeader: true, cell: ([level]) => <a href={`/registers/algorithms?autonomy=${level}`}>{autonomyLabel(locale, level)}</a> },
          { header: t('registers.dashboard.algorithms'), cell: ([, n]) => formatNumber(locale, n) },
        ]}
      />
      <h2>{t('registers.dashboard.openTitle')}</h2>
      {d.openQuestions.length === 0 ? <p>{t('registers.dashboard.noneOpen')}</p> : (
        <ul>
          {d.openQuestions.map((q) => (
            <li><a href={`/registers/${q.type}s/${q.question.entry_id}#question-${q.question.id}`}>{q.entry ? entryName(locale, q.entry) : q.question.entry_id}</a> — {t('registers.questions.waiting', { n: q.days })}</li>
          ))}
        </ul>
      )}
      <h2>{t('registers.dashboard.overdueTitle')}</h2>
      {d.overdueReviews.length === 0 ? <p>{t('registers.dashboard.noneOverdue')}</p> : (
        <ul>
          {d.overdueReviews.map((o) => (
            <li><a href={`/registers/${o.type}s/${o.entry.id}`}>{entryName(locale, o.entry)}</a> — {t('registers.dashboard.reviewDue', { date: formatDate(locale, o.entry.review_on!) })}</li>
          ))}
        </ul>
      )}
    </RegisterLayout>
  );
}
