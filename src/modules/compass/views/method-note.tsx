import type { PageContext } from '../../../web/layout.tsx';
import { criteria } from '../criteria.ts';

/** The mapping in a few lines beside every result, with a link to the full method. */
export function MethodNote(props: { ctx: PageContext }) {
  const { t } = props.ctx;
  return (
    <details class="notice">
      <summary>{t('compass.methodNote.summary')}</summary>
      <p>{t('compass.methodNote.text')}</p>
      <ul>
        {criteria.map((c) => (
          <li>{t('compass.methodNote.criterion', { name: t(`compass.criterion.${c.key}.name`), weight: c.weight, low: t(`compass.criterion.${c.key}.low`), high: t(`compass.criterion.${c.key}.high`), lowPole: t(`compass.pole.${c.key}.low`), highPole: t(`compass.pole.${c.key}.high`) })}</li>
        ))}
      </ul>
      <p><a href="/compass/method">{t('compass.methodNote.more')}</a></p>
    </details>
  );
}
