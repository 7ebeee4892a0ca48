import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { PublishedFigure } from '../../../web/published-figure.tsx';
import { stakeholderGroups, type StakeholderGroup } from '../groups.ts';
import type { Analysis } from '../interviews/analysis.ts';
import type { Findings } from '../interviews/findings.ts';
import type { CodeRow } from '../interviews/interview-queries.ts';
import { CompassLayout } from './frame.tsx';
import { DataTable } from '../../../web/data-table.tsx';

function Quotes(props: { ctx: PageContext; quotes: Record<string, { group: string; text: string }[]> }) {
  const { t } = props.ctx;
  return (
    <>
      {Object.entries(props.quotes).map(([key, list]) => (
        <section aria-labelledby={`quotes-${key}`}>
          <h3 id={`quotes-${key}`}>{t(`compass.orientation.${key.replace('orientation.', '')}`)}</h3>
          {list.length === 0 ? <p>{t('compass.analysis.noQuotes')}</p> : list.map((q) => (
            <blockquote class="quote"><p>{q.text}</p><footer>— {t(`compass.group.${q.group}`)}</footer></blockquote>
          ))}
        </section>
      ))}
    </>
  );
}

/** The admins' analysis: exact counts (researchers' eyes only), co-occurrences, consented quotes, and the publish button. */
export function AnalysisPage(props: { ctx: PageContext; analysis: Analysis; codes: { code: CodeRow; depth: number }[] }) {
  const { ctx, analysis } = props;
  const { t, locale } = ctx;
  const name = (id: string) => {
    const c = props.codes.find((x) => x.code.id === id)?.code;
    return c ? localized(locale, c.name_fr, c.name_en) : id;
  };
  const order = new Map(props.codes.map((c, n) => [c.code.id, n]));
  const pairName = (key: string) => key.split('|').sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(name).join(' + ');
  const pairs = [...analysis.cooccurrences].sort((a, b) => b[1] - a[1]).slice(0, 20);
  return (
    <CompassLayout ctx={ctx} title={t('compass.analysis.title')}>
      <h1>{t('compass.analysis.title')}</h1>
      <p class="lead">{t('compass.analysis.lead')}</p>
      <DataTable
        class="compass-table"
        id="frequencies"
        caption={t('compass.analysis.frequencies')}
        rows={[
          { label: t('compass.analysis.interviews'), count: (g: StakeholderGroup) => analysis.interviews[g] },
          ...props.codes.map(({ code, depth }) => ({ label: <>{'— '.repeat(depth)}{name(code.id)}</>, count: (g: StakeholderGroup) => analysis.frequencies.get(code.id)?.[g] ?? 0 })),
        ]}
        columns={[
          { header: t('compass.analysis.code'), rowHeader: true, cell: (r) => r.label },
          ...stakeholderGroups.map((g) => ({ header: t(`compass.group.${g}`), numeric: true, cell: (r: { count: (g: StakeholderGroup) => number }) => formatNumber(locale, r.count(g)) })),
        ]}
      />
      <h2>{t('compass.analysis.cooccurrence')}</h2>
      {pairs.length === 0 ? <p>{t('compass.analysis.noPairs')}</p> : (
        <DataTable
          class="compass-table"
          id="cooccurrences"
          caption={t('compass.analysis.cooccurrenceCaption')}
          rows={pairs}
          columns={[
            { header: t('compass.analysis.pair'), rowHeader: true, cell: ([key]) => pairName(key) },
            { header: t('compass.analysis.interviews'), numeric: true, cell: ([, n]) => formatNumber(locale, n) },
          ]}
        />
      )}
      <h2>{t('compass.analysis.quotes')}</h2>
      <Quotes ctx={ctx} quotes={analysis.quotes} />
      <form method="post" action="/compass/analysis/publish" class="stacked">
        <p class="hint">{t('compass.analysis.publishHint')}</p>
        <p><button type="submit">{t('compass.analysis.publish')}</button></p>
      </form>
    </CompassLayout>
  );
}

/** The public summary of the interviews, as last published. */
export function FindingsPage(props: { ctx: PageContext; findings: Findings | null }) {
  const { ctx, findings } = props;
  const { t, locale } = ctx;
  return (
    <CompassLayout ctx={ctx} title={t('compass.findings.title')}>
      <h1>{t('compass.findings.title')}</h1>
      <p class="lead">{t('compass.findings.lead')}</p>
      {!findings ? <p>{t('compass.findings.none')}</p> : (
        <>
          <p class="meta">{t('compass.findings.published', { date: formatDate(locale, findings.publishedAt!) })}</p>
          <DataTable
            class="compass-table"
            id="findings"
            caption={t('compass.findings.caption')}
            rows={[
              { label: t('compass.analysis.interviews'), figures: findings.interviews },
              ...findings.codes.map((c) => ({ label: <>{'— '.repeat(c.depth)}{localized(locale, c.name.fr, c.name.en)}</>, figures: c.frequencies })),
            ]}
            columns={[
              { header: t('compass.analysis.code'), rowHeader: true, cell: (r) => r.label },
              ...stakeholderGroups.map((g) => ({ header: t(`compass.group.${g}`), numeric: true, cell: (r: { figures: Findings['interviews'] }) => <PublishedFigure ctx={ctx} figure={r.figures[g]} /> })),
            ]}
          />
          <h2>{t('compass.analysis.quotes')}</h2>
          <Quotes ctx={ctx} quotes={findings.quotes} />
        </>
      )}
    </CompassLayout>
  );
}
