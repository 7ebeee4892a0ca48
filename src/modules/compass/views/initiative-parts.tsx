import type { NeighbourhoodRow } from '../../processes/index.ts';
import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { InitiativeRow, LinkedItem } from '../initiative-queries.ts';
import { Localized } from '../../../web/localized-text.tsx';

/** Budget in euros, in the page's language. */
export const euros = (ctx: PageContext, amount: number) => formatNumber(ctx.locale, Number(amount), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** Where and when: scope, budget, dates, status. */
export function InitiativeFacts(props: { ctx: PageContext; initiative: InitiativeRow; neighbourhoods: NeighbourhoodRow[]; dimensions: string[] }) {
  const { ctx, initiative: i } = props;
  const { t, locale } = ctx;
  return (
    <dl class="meta">
      <dt>{t('compass.field.scope')}</dt>
      <dd>{i.scope === 'city' ? t('compass.scope.city') : props.neighbourhoods.map((n, k) => <>{k > 0 && ', '}<Localized ctx={ctx} fr={n.name_fr} en={n.name_en} /></>)}</dd>
      <dt>{t('compass.field.budget')}</dt>
      <dd>{euros(ctx, i.budget)}</dd>
      <dt>{t('compass.field.dates')}</dt>
      <dd>{i.starts_on ? formatDate(locale, i.starts_on) : '…'} – {i.ends_on ? formatDate(locale, i.ends_on) : '…'}</dd>
      <dt>{t('compass.field.status')}</dt>
      <dd>{t(`compass.status.${i.status}`)}</dd>
      <dt>{t('compass.field.dimensions')}</dt>
      <dd>
        {props.dimensions.length === 0 ? t('compass.dimensions.none') : props.dimensions.map((d, n) => (
          <>
            {n > 0 && ', '}
            <a href={`/city-profile/compare?dimension=${d}`}>{t(`compass.dimension.${d}`)}</a>
          </>
        ))}
      </dd>
    </dl>
  );
}

/** What cocity knows about the initiative elsewhere: register entries, processes, budget projects. */
export function InitiativeLinks(props: { ctx: PageContext; links: LinkedItem[] }) {
  const { ctx } = props;
  const { t, locale } = ctx;
  if (props.links.length === 0) return <p>{t('compass.links.none')}</p>;
  return (
    <ul id="initiative-links">
      {props.links.map((l) => (
        <li>
          {t(`compass.link.${l.kind}`)}{t('common.colon')}<a href={l.href}><Localized ctx={ctx} fr={l.name_fr} en={l.name_en} /></a>
        </li>
      ))}
    </ul>
  );
}
