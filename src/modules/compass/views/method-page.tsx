import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { answerWeights, criteria, SCALE } from '../criteria.ts';
import { CompassLayout, pointText } from './frame.tsx';
import { DataTable } from '../../../web/data-table.tsx';

const share = (ctx: PageContext, n: number) => formatNumber(ctx.locale, n, { maximumFractionDigits: 3 });

/** The method: the questionnaire, each answer's point in the triangle, the weights and how a group's point is drawn. */
export function MethodPage(props: { ctx: PageContext }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <CompassLayout ctx={ctx} title={t('compass.method.title')}>
      <h1>{t('compass.method.title')}</h1>
      <p class="lead">{t('compass.method.lead')}</p>
      <h2>{t('compass.method.orientations')}</h2>
      <dl>
        {(['digitalBusiness', 'ecoCity', 'ethicHuman'] as const).map((o) => (
          <>
            <dt>{t(`compass.orientation.${o}`)}</dt>
            <dd>{t(`compass.orientation.${o}.text`)}</dd>
          </>
        ))}
      </dl>
      <h2>{t('compass.method.mapping')}</h2>
      <p>{t('compass.method.formula')}</p>
      <DataTable
        class="compass-table"
        id="method-table"
        caption={t('compass.method.tableCaption')}
        rows={criteria}
        columns={[
          {
            header: t('compass.method.criterion'),
            rowHeader: true,
            cell: (c) => (
              <>
                {t(`compass.criterion.${c.key}.name`)}
                <br />
                <small>{t('compass.criterion.scale', { low: t(`compass.criterion.${c.key}.low`), high: t(`compass.criterion.${c.key}.high`) })}</small>
              </>
            ),
          },
          { header: t('compass.method.weight'), numeric: true, cell: (c) => c.weight },
          ...SCALE.map((a) => ({
            header: t('compass.method.answer', { n: a }),
            cell: (c: (typeof criteria)[number]) => {
              const w = answerWeights(c, a);
              return t('compass.method.answerPoint', { db: share(ctx, w.digitalBusiness), eco: share(ctx, w.ecoCity), eh: share(ctx, w.ethicHuman) });
            },
          })),
        ]}
      />
      <p>{t('compass.method.tableHint')}</p>
      <h2>{t('compass.method.examples')}</h2>
      <ul>
        <li>{t('compass.method.example1', { point: pointText(ctx, { digitalBusiness: 0.9, ecoCity: 0.1, ethicHuman: 0 }) })}</li>
        <li>{t('compass.method.example5', { point: pointText(ctx, { digitalBusiness: 0, ecoCity: 0.3, ethicHuman: 0.7 }) })}</li>
        <li>{t('compass.method.example3', { point: pointText(ctx, { digitalBusiness: 0.45, ecoCity: 0.2, ethicHuman: 0.35 }) })}</li>
      </ul>
      <h2>{t('compass.method.groups')}</h2>
      <p>{t('compass.method.groupsText')}</p>
      <p>{t('compass.method.privacy')}</p>
      <p>{t('compass.method.distance')}</p>
    </CompassLayout>
  );
}
