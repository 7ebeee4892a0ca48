import type { Translate } from '../../../platform/i18n/index.ts';
import { Localized } from '../../../web/localized-text.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { ProposalView } from '../queries.ts';

/** The public status of a proposal: withdrawn, the city's answer, or just published. */
export function publicStatus(p: Pick<ProposalView, 'withdrawn_at' | 'answer_status'>): string {
  return p.withdrawn_at ? 'withdrawn' : (p.answer_status ?? 'published');
}

/** Who is shown as author: the organisation (and the member only if they chose so), or the resident. */
export function authorText(t: Translate, p: Pick<ProposalView, 'org_name' | 'author_name' | 'author_deleted' | 'show_member_name'>): string {
  const person = p.author_deleted || !p.author_name ? t('proposals.author.former') : p.author_name;
  if (!p.org_name) return person;
  return p.show_member_name ? t('proposals.author.orgWithMember', { org: p.org_name, member: person }) : p.org_name;
}

/** The neighbourhood's name (marked with its language when only the French one was written, on an English page), or "whole city". */
export function placeText(ctx: Pick<PageContext, 't' | 'locale'>, p: Pick<ProposalView, 'neighbourhood_id' | 'neighbourhood_name_fr' | 'neighbourhood_name_en'>) {
  return p.neighbourhood_id && p.neighbourhood_name_fr ? <Localized ctx={ctx} fr={p.neighbourhood_name_fr} en={p.neighbourhood_name_en} /> : ctx.t('proposals.wholeCity');
}

/** Status badge (text, not colour alone). */
export function StatusBadge(props: { t: Translate; status: string }) {
  return <span class={`badge status-${props.status}`}>{props.t(`proposals.status.${props.status}`)}</span>;
}

/** Author line with a link to the organisation's page when an organisation published. */
export function AuthorLine(props: { t: Translate; p: ProposalView }) {
  const { t, p } = props;
  if (p.org_slug) return <span><a href={`/organisations/${p.org_slug}`}>{authorText(t, p)}</a></span>;
  return <span>{authorText(t, p)}</span>;
}
