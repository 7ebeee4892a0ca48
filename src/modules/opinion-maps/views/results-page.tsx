import { formatDate, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ComponentRow, ProcessDetail } from '../../processes/index.ts';
import { exportFiles } from '../polis-export.ts';
import type { OpinionMapRow, StatementRow } from '../queries.ts';
import type { MapResults } from '../results.ts';
import { groupMark } from './group-marks.tsx';
import { MapSvg } from './map-svg.tsx';
import { Localized, namedIn } from '../../../web/localized-text.tsx';

const percent = (p: number) => `${Math.round(p * 100)} %`;

/** The public results of a map: the map, group sizes, what each group thinks, common ground, divisive statements, downloads. */
export function ResultsPage(props: {
  ctx: PageContext;
  detail: ProcessDetail;
  component: ComponentRow;
  map: OpinionMapRow;
  statements: StatementRow[];
  results: MapResults;
  you: string | null;
}) {
  const { ctx, detail, component, map, results } = props;
  const { t, locale } = ctx;
  const body = new Map(props.statements.map((s) => [s.id, s.body]));
  const base = `/opinion-maps/${map.component_id}`;
  const mine = props.you ? results.points.find((p) => p.participantId === props.you) : undefined;
  const title = namedIn(ctx, (name) => t('opinion.results.title', { name }), component.name_fr, component.name_en);
  return (
    <Layout ctx={ctx} title={title.text}>
      <nav aria-label={t('processes.component.breadcrumb')}>
        <p>
          <a href={`/processes/${detail.process.slug}`}><Localized ctx={ctx} fr={detail.process.title_fr} en={detail.process.title_en} /></a>
          {' › '}
          <a href={`/processes/${detail.process.slug}/c/${component.id}`}><Localized ctx={ctx} fr={component.name_fr} en={component.name_en} /></a>
        </p>
      </nav>
      <h1>{title.marked}</h1>
      {map.question_fr && <p class="lead"><Localized ctx={ctx} fr={map.question_fr} en={map.question_en} /></p>}
      <p class="meta">{t('opinion.results.counts', { participants: results.participants, votes: results.votes, statements: props.statements.filter((s) => s.status === 'visible').length })}</p>
      <p class="meta">{t('opinion.results.computedAt', { date: formatDate(locale, results.computedAt) })}</p>
      {results.groups.length === 0 ? (
        <p>{t('opinion.results.none')}</p>
      ) : (
        <>
          <section aria-labelledby="opinion-map-heading">
            <h2 id="opinion-map-heading">{t('opinion.map.heading')}</h2>
            {props.you && (
              <p id="you">{mine ? t('opinion.map.youAreIn', { letter: groupMark(mine.group).letter }) : t('opinion.map.youNotYet')}</p>
            )}
            <MapSvg results={results} t={t} you={props.you} />
          </section>
          <section aria-labelledby="opinion-consensus">
            <h2 id="opinion-consensus">{t('opinion.results.consensus')}</h2>
            {results.groupAwareConsensus.length === 0 ? (
              <p>{t('opinion.results.noConsensus')}</p>
            ) : (
              <ul class="opinion-consensus">{results.groupAwareConsensus.map((x) => <li>{body.get(x.statementId)}</li>)}</ul>
            )}
          </section>
          {results.groups.map((g) => {
            const letter = groupMark(g.id).letter;
            return (
              <section aria-labelledby={`opinion-group-${g.id}`}>
                <h2 id={`opinion-group-${g.id}`}>{`${t('opinion.group.name', { letter })} — ${t('opinion.group.size', { size: g.size })}`}</h2>
                <ul>
                  {g.representative.map((r) => (
                    <li>
                      <q>{body.get(r.statementId)}</q>{' '}
                      <span class={r.side === 'agree' ? 'opinion-side agree' : 'opinion-side disagree'}>
                        <span aria-hidden="true">{r.side === 'agree' ? '✓ ' : '✗ '}</span>
                        {t(r.side === 'agree' ? 'opinion.group.agreeVs' : 'opinion.group.disagreeVs', { inGroup: percent(r.pInGroup), others: percent(r.pOthers) })}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          <section aria-labelledby="opinion-divisive">
            <h2 id="opinion-divisive">{t('opinion.results.divisive')}</h2>
            {results.divisive.length === 0 ? <p>{t('opinion.results.noDivisive')}</p> : <ul>{results.divisive.map((x) => <li>{body.get(x.statementId)}</li>)}</ul>}
          </section>
        </>
      )}
      <section aria-labelledby="opinion-export">
        <h2 id="opinion-export">{t('opinion.export.title')}</h2>
        <p>{t('opinion.export.intro')}</p>
        <ul>
          {exportFiles.map((f) => (
            <li><a href={`${base}/export/${f}`} download={f}>{f}</a></li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
