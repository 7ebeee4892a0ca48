import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { PhaseRow } from '../types.ts';
import { dateRange } from './process-cards.tsx';
import { Localized } from '../../../web/localized-text.tsx';

/** The phases in order; the current one is marked by style, by `aria-current="step"` and by a written label. */
export function PhaseTimeline(props: { ctx: PageContext; phases: PhaseRow[]; current: PhaseRow | null }) {
  const { ctx, phases, current } = props;
  const { t, locale } = ctx;
  if (phases.length === 0) return <p>{t('processes.page.noPhases')}</p>;
  return (
    <ol class="timeline">
      {phases.map((phase) => {
        const isCurrent = current?.id === phase.id;
        const description = localized(locale, phase.description_fr, phase.description_en);
        return (
          <li class={isCurrent ? 'current' : undefined} aria-current={isCurrent ? 'step' : undefined}>
            <strong><Localized ctx={ctx} fr={phase.name_fr} en={phase.name_en} /></strong>
            {isCurrent && ' '}
            {isCurrent && <span class="badge">{t('processes.page.currentPhase')}</span>}
            <br />
            <span class="meta">{dateRange(ctx, phase.starts_on, phase.ends_on)}</span>
            {description && <p>{description}</p>}
          </li>
        );
      })}
    </ol>
  );
}
