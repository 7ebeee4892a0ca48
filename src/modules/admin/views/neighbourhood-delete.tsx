import type { NeighbourhoodTable } from '../../../db/schema.ts';
import { ConfirmPage, holdsAny, RefusedPage, tallyLines, type Tally } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';

/** `/admin/neighbourhoods/:id/delete`: the confirmation, or what names the neighbourhood and why renaming is the way. */
export function NeighbourhoodDeletePage(props: { ctx: PageContext; hood: NeighbourhoodTable; held: Tally[]; unconfirmed?: boolean }) {
  const { ctx, hood, held } = props;
  const { t } = ctx;
  const back = { href: '/admin/neighbourhoods', label: t('admin.neighbourhoods') };
  if (holdsAny(held)) {
    return <RefusedPage ctx={ctx} title={t('admin.hoods.refusedTitle')} back={back} reason={t('admin.hoods.refused')} held={tallyLines(t, held)} instead={<p>{t('admin.hoods.instead')}</p>} />;
  }
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('admin.hoods.deleteTitle', { name: hood.name_fr })}
      back={back}
      consequences={{ happens: t('admin.hoods.deleteHappens'), lost: [t('admin.hoods.deleteLost', { slug: hood.slug })] }}
      confirm={{ action: `/admin/neighbourhoods/${hood.id}/delete`, submitLabel: t('admin.hoods.deleteSubmit') }}
      unconfirmed={props.unconfirmed}
    />
  );
}
