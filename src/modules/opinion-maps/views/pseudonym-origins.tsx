import type { Locale } from '../../../config.ts';
import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { PSEUDONYMS_PER_NETWORK_PER_DAY, type PseudonymOrigins } from '../pseudonym-origin.ts';

// "100, 34 and 12" in the page's language.
const countList = (locale: Locale, counts: number[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(counts.map((n) => formatNumber(locale, n)));

/** For hosts: how many pseudonyms came from crowded networks (counts only, never an address). */
export function PseudonymOriginsSection(props: { ctx: PageContext; origins: PseudonymOrigins }) {
  const { t } = props.ctx;
  const { origins } = props;
  const rows: [string, number][] = [
    ['opinion.origins.alone', origins.alone],
    ['opinion.origins.few', origins.fewPerNetwork],
    ['opinion.origins.many', origins.manyPerNetwork],
  ];
  if (origins.uncounted > 0) rows.push(['opinion.origins.uncounted', origins.uncounted]);
  return (
    <section aria-labelledby="opinion-origins">
      <h2 id="opinion-origins">{t('opinion.origins.title')}</h2>
      <p>{t('opinion.origins.total', { total: origins.pseudonymous })}</p>
      <p>{t('opinion.origins.intro', { cap: PSEUDONYMS_PER_NETWORK_PER_DAY })}</p>
      <dl class="opinion-origins">
        {rows.map(([key, count]) => (
          <>
            <dt>{t(key)}</dt>
            <dd>{t('opinion.origins.count', { count })}</dd>
          </>
        ))}
      </dl>
      {origins.largestFromOneNetwork.length > 0 && <p>{t('opinion.origins.largest', { counts: countList(props.ctx.locale, origins.largestFromOneNetwork) })}</p>}
      <p class="hint">{t('opinion.origins.hint')}</p>
    </section>
  );
}
