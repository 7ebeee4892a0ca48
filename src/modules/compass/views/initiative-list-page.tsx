import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { InitiativeRow } from '../initiative-queries.ts';
import { CompassLayout } from './frame.tsx';
import { euros } from './initiative-parts.tsx';
import { Localized } from '../../../web/localized-text.tsx';

/** The portfolio as a list; admins also see the proposals waiting for publication. */
export function InitiativeListPage(props: { ctx: PageContext; initiatives: InitiativeRow[]; mayPropose: boolean }) {
  const { ctx } = props;
  const { t, locale } = ctx;
  const waiting = props.initiatives.filter((i) => !i.published);
  const published = props.initiatives.filter((i) => i.published);
  const Item = (p: { i: InitiativeRow }) => (
    <li>
      <a href={`/compass/initiatives/${p.i.slug}`}><Localized ctx={ctx} fr={p.i.title_fr} en={p.i.title_en} /></a> — {t(`compass.status.${p.i.status}`)}, {euros(ctx, p.i.budget)}
      {p.i.assessment_open === 1 && p.i.published === 1 && <> · <strong>{t('compass.initiatives.open')}</strong></>}
    </li>
  );
  return (
    <CompassLayout ctx={ctx} title={t('compass.initiatives.title')}>
      <h1>{t('compass.initiatives.title')}</h1>
      <p class="lead">{t('compass.initiatives.lead')}</p>
      {props.mayPropose && <p><a href="/compass/initiatives/new">{t('compass.initiatives.propose')}</a></p>}
      {waiting.length > 0 && (
        <>
          <h2>{t('compass.initiatives.waiting')}</h2>
          <ul id="waiting">{waiting.map((i) => <Item i={i} />)}</ul>
        </>
      )}
      <h2>{t('compass.initiatives.published')}</h2>
      {published.length === 0 ? <p>{t('compass.initiatives.none')}</p> : <ul id="published">{published.map((i) => <Item i={i} />)}</ul>}
    </CompassLayout>
  );
}
