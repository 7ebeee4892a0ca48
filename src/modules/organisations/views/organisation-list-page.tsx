import { Layout, type PageContext } from '../../../web/layout.tsx';
import { emptyForm, SelectField } from '../../../web/form.tsx';
import { isResident } from '../../../platform/session.ts';
import { organisationKinds } from '../policy.ts';
import type { OrganisationRow } from '../queries.ts';
import { neighbourhoodLabel, neighbourhoodOptions, VerifiedBadge } from './organisation-parts.tsx';

interface Props {
  ctx: PageContext;
  organisations: OrganisationRow[];
  neighbourhoods: { id: string; name_fr: string; name_en: string }[];
  filter: { kind?: string; neighbourhood?: string };
}

/** The public list of organisations, with filters by kind and neighbourhood. */
export function OrganisationListPage({ ctx, organisations, neighbourhoods, filter }: Props) {
  const { t } = ctx;
  const state = emptyForm({ kind: filter.kind ?? '', neighbourhood: filter.neighbourhood ?? '' });
  return (
    <Layout ctx={ctx} title={t('org.list.title')}>
      <h1>{t('org.list.title')}</h1>
      <p class="lead">{t('org.list.lead')}</p>
      {ctx.user && (
        <p class="actions">
          {isResident(ctx.user) && <a class="button" href="/organisations/new">{t('org.list.create')}</a>}
          <a class="button secondary" href="/organisations/invitations">{t('org.list.myInvitations')}</a>
        </p>
      )}
      <form method="get" action="/organisations" class="stacked filters" role="search">
        <fieldset>
          <legend>{t('org.list.filters')}</legend>
          <SelectField state={state} name="kind" label={t('org.field.kind')} t={t}
            options={[{ value: '', label: t('org.list.allKinds') }, ...organisationKinds.map((k) => ({ value: k, label: t(`org.kind.${k}`) }))]} />
          <SelectField state={state} name="neighbourhood" label={t('org.field.neighbourhood')} t={t}
            options={neighbourhoodOptions(ctx, neighbourhoods, t('org.list.allNeighbourhoods'))} />
          <button type="submit" class="secondary">{t('org.list.apply')}</button>
        </fieldset>
      </form>
      <h2>{t('org.list.count', { count: organisations.length })}</h2>
      {organisations.length === 0 ? (
        <p>{t('org.list.empty')}</p>
      ) : (
        <ul class="cards">
          {organisations.map((o) => (
            <li class="card">
              <h3><a href={`/organisations/${o.slug}`}>{o.name}</a></h3>
              <p class="meta">
                {t(`org.kind.${o.kind}`)} · {neighbourhoodLabel(ctx, o)}{' '}
                <VerifiedBadge ctx={ctx} verified={o.verified} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
