import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { answerWeights, criteria, SCALE } from '../criteria.ts';
import { CompassLayout, pointText } from './frame.tsx';

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
      <table tabindex={0} class="compass-table" id="method-table">
        <caption>{t('compass.method.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compass.method.criterion')}</th>
            <th scope="col">{t('compass.method.weight')}</th>
            {SCALE.map((a) => <th scope="col">{t('compass.method.answer', { n: a })}</th>)}
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr>
              <th scope="row">
                {t(`compass.criterion.${c.key}.name`)}
                <br />
                <small>1 = {t(`compass.criterion.${c.key}.low`)} ; 5 = {t(`compass.criterion.${c.key}.high`)}</small>
              </th>
              <td class="number">{c.weight}</td>
              {SCALE.map((a) => {
                const w = answerWeights(c, a);
                return <td>({share(ctx, w.digitalBusiness)} ; {share(ctx, w.ecoCity)} ; {share(ctx, w.ethicHuman)})</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
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
