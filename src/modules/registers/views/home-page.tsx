import type { PageContext } from '../../../web/layout.tsx';
import { RegisterLayout } from './register-frame.tsx';

/** The registers' front page: what they are and where to go. */
export function RegistersHomePage(props: { ctx: PageContext; sensors: number; algorithms: number; canEdit: boolean }) {
  const { t } = props.ctx;
  return (
    <RegisterLayout ctx={props.ctx} title={t('registers.title')}>
      <h1>{t('registers.title')}</h1>
      <p class="lead">{t('registers.intro')}</p>
      <ul class="cards">
        <li class="card">
          <h2><a href="/registers/sensors">{t('registers.sensors.title')}</a></h2>
          <p>{t('registers.sensors.count', { n: props.sensors })}</p>
        </li>
        <li class="card">
          <h2><a href="/registers/algorithms">{t('registers.algorithms.title')}</a></h2>
          <p>{t('registers.algorithms.count', { n: props.algorithms })}</p>
        </li>
      </ul>
      <h2>{t('registers.exports.title')}</h2>
      <ul>
        <li><a href="/registers/sensors.csv">{t('registers.exports.sensorsCsv')}</a> · <a href="/registers/sensors.json">JSON</a></li>
        <li><a href="/registers/algorithms.csv">{t('registers.exports.algorithmsCsv')}</a> · <a href="/registers/algorithms.json">JSON</a></li>
        <li><a href="/api/v1/openapi.json">{t('registers.exports.api')}</a></li>
      </ul>
      {props.canEdit && (
        <p class="actions">
          <a class="button" href="/registers/sensors/new">{t('registers.form.newSensor')}</a>
          <a class="button" href="/registers/algorithms/new">{t('registers.form.newAlgorithm')}</a>
        </p>
      )}
    </RegisterLayout>
  );
}
