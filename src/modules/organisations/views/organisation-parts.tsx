import type { PageContext } from '../../../web/layout.tsx';
import { Localized, localizedOption } from '../../../web/localized-text.tsx';

/** The "verified" badge, with its meaning for screen readers and on hover. */
export function VerifiedBadge(props: { ctx: PageContext; verified: number | boolean }) {
  if (!props.verified) return null;
  return <span class="badge" title={props.ctx.t('org.verifiedHint')}>{props.ctx.t('org.verified')}</span>;
}

/** A neighbourhood's name in the page language (marked when only the French one was written, on an English page), or "whole city" when there is none. */
export function neighbourhoodLabel(ctx: PageContext, row: { neighbourhood_name_fr: string | null; neighbourhood_name_en: string | null }) {
  return row.neighbourhood_name_fr === null ? ctx.t('common.wholeCity') : <Localized ctx={ctx} fr={row.neighbourhood_name_fr} en={row.neighbourhood_name_en} />;
}

/** A problem refused by a rule (last owner, already answered...), shown above the page's content. */
export function ProblemNotice(props: { ctx: PageContext; problem?: string | null }) {
  if (!props.problem) return null;
  return <p class="notice" role="alert">{props.ctx.t(props.problem)}</p>;
}

/** Options for a neighbourhood select: none (whole city) first, then each neighbourhood. */
export function neighbourhoodOptions(ctx: PageContext, neighbourhoods: { id: string; name_fr: string; name_en: string }[], noneLabel: string) {
  return [{ value: '', label: noneLabel }, ...neighbourhoods.map((n) => localizedOption(ctx.locale, n.id, n.name_fr, n.name_en))];
}
