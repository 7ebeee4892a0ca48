import { localized } from '../../../platform/i18n/index.ts';
import { ConfirmPage, holdsAny, RefusedPage, tallyLines, type BackLink, type Tally } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { PostButton } from '../../../web/post-button.tsx';
import type { ComponentRow, PhaseRow, ProcessDetail, ProcessRow } from '../types.ts';

const backToProcess = (ctx: PageContext, process: ProcessRow): BackLink => ({ href: `/admin/processes/${process.id}`, label: localized(ctx.locale, process.title_fr, process.title_en) });

/** `/admin/processes/:id/delete`: the confirmation, or why the process must stay and how to unpublish it. */
export function ProcessDeletePage(props: { ctx: PageContext; detail: ProcessDetail; held: Tally[]; unconfirmed?: boolean }) {
  const { ctx, detail, held } = props;
  const { t, locale } = ctx;
  const p = detail.process;
  const back = backToProcess(ctx, p);
  if (holdsAny(held)) {
    const instead = (
      <>
        <p>{t('processes.delete.instead')}</p>
        {p.published === 1 && <PostButton action={`/admin/processes/${p.id}/unpublish`} label={t('processes.admin.unpublish')} />}
      </>
    );
    return <RefusedPage ctx={ctx} title={t('processes.delete.refusedTitle')} back={back} reason={t('processes.delete.refused')} held={tallyLines(t, held)} instead={instead} />;
  }
  const lost = tallyLines(t, [
    { key: 'processes.lost.phases', count: detail.phases.length },
    { key: 'processes.lost.components', count: detail.components.length },
  ]);
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('processes.delete.title', { title: localized(locale, p.title_fr, p.title_en) })}
      back={back}
      consequences={{ happens: t('processes.delete.happens'), lost }}
      confirm={{ action: `/admin/processes/${p.id}/delete`, submitLabel: t('processes.delete.submit') }}
      unconfirmed={props.unconfirmed}
    />
  );
}

/** `/admin/processes/:id/phases/:phaseId/delete`: the confirmation, or why a phase that has begun stays. */
export function PhaseDeletePage(props: { ctx: PageContext; process: ProcessRow; phase: PhaseRow; held: Tally[]; unconfirmed?: boolean }) {
  const { ctx, process, phase, held } = props;
  const { t, locale } = ctx;
  const back = backToProcess(ctx, process);
  if (holdsAny(held)) {
    const instead = (
      <p>
        {t('processes.phaseDelete.instead')} <a href={`/admin/processes/${process.id}/phases/${phase.id}/edit`}>{t('processes.phaseForm.editTitle')}</a>
      </p>
    );
    return <RefusedPage ctx={ctx} title={t('processes.phaseDelete.refusedTitle')} back={back} reason={t('processes.phaseDelete.refused')} held={tallyLines(t, held)} instead={instead} />;
  }
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('processes.phaseDelete.title', { name: localized(locale, phase.name_fr, phase.name_en) })}
      back={back}
      consequences={{ happens: t('processes.phaseDelete.happens'), lost: [t('processes.phaseDelete.lost')] }}
      confirm={{ action: `/admin/processes/${process.id}/phases/${phase.id}/delete`, submitLabel: t('processes.phaseDelete.submit') }}
      unconfirmed={props.unconfirmed}
    />
  );
}

/** `/admin/processes/:id/components/:componentId/delete`: the confirmation, or why the component stays and how to unpublish it. */
export function ComponentRemovePage(props: { ctx: PageContext; process: ProcessRow; component: ComponentRow; held: Tally[]; unconfirmed?: boolean }) {
  const { ctx, process, component, held } = props;
  const { t, locale } = ctx;
  const back = backToProcess(ctx, process);
  const base = `/admin/processes/${process.id}/components/${component.id}`;
  if (holdsAny(held)) {
    const instead = (
      <>
        <p>{t('processes.componentRemove.instead')}</p>
        <p class="actions">
          {component.published === 1 && <PostButton action={`${base}/unpublish`} label={t('processes.component.unpublish')} />}
          <a href={base}>{t('processes.componentForm.title', { name: localized(locale, component.name_fr, component.name_en) })}</a>
        </p>
      </>
    );
    return <RefusedPage ctx={ctx} title={t('processes.componentRemove.refusedTitle')} back={back} reason={t('processes.componentRemove.refused')} held={tallyLines(t, held)} instead={instead} />;
  }
  return (
    <ConfirmPage
      ctx={ctx}
      title={t('processes.componentRemove.title', { name: localized(locale, component.name_fr, component.name_en) })}
      back={back}
      consequences={{ happens: t('processes.componentRemove.happens'), lost: [t('processes.componentRemove.lost')] }}
      confirm={{ action: `${base}/delete`, submitLabel: t('processes.componentRemove.submit') }}
      unconfirmed={props.unconfirmed}
    />
  );
}
