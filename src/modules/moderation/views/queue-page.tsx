import type { FieldErrors, FormValues } from '../../../platform/form.ts';
import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { HiddenItem, QueueItem } from '../queries.ts';
import { HiddenList } from './hidden-list.tsx';
import { PostButton } from '../../../web/post-button.tsx';
import { DataTable } from '../../../web/data-table.tsx';

/** A refused moderator form to show again beside its item: which form, its errors and typed values. */
export interface QueueProblem {
  formId: string;
  errors: FieldErrors;
  values: FormValues;
}

interface ActiveBlock {
  id: string;
  user_id: string;
  name: string;
  until: string;
  reason: string;
}

const text = (values: FormValues | undefined, name: string) => {
  const v = values?.[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

function Field(props: { id: string; name: string; label: string; problem?: QueueProblem; type?: string; min?: number; max?: number; initial?: string }) {
  const error = props.problem?.errors[props.name];
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {error && <p class="field-error" id={`${props.id}-error`}>{error}</p>}
      <input id={props.id} name={props.name} type={props.type ?? 'text'} min={props.min} max={props.max} required value={props.problem ? text(props.problem.values, props.name) : (props.initial ?? '')} aria-describedby={error ? `${props.id}-error` : undefined} />
    </div>
  );
}

function QueueEntry(props: { ctx: PageContext; item: QueueItem; problem?: QueueProblem }) {
  const { t, locale } = props.ctx;
  const { item } = props;
  const key = `${item.type}-${item.id}`;
  const hideProblem = props.problem?.formId === `hide-${key}` ? props.problem : undefined;
  const blockProblem = item.resource?.authorUserId && props.problem?.formId === `block-${item.resource.authorUserId}` ? props.problem : undefined;
  return (
    <li class="card">
      <h3>{item.resource ? <a href={item.resource.url}>{t(`moderation.type.${item.type === 'comment' || item.type === 'proposal' ? item.type : 'other'}`, { title: item.resource.title })}</a> : t('moderation.queue.gone')}</h3>
      <p class="meta">
        {t('moderation.queue.flags', { count: item.openFlags })} · {formatDateTime(locale, item.firstFlaggedAt)}
        {item.resource?.hidden && <> · <span class="badge">{t('moderation.queue.hiddenPending')}</span></>}
        {item.resource && <> · {t('moderation.queue.author', { name: item.authorName ?? t('common.deletedParticipant') })}</>}
      </p>
      {item.resource?.excerpt && <blockquote>{item.resource.excerpt}</blockquote>}
      <ul>
        {item.reasons.map((r) => <li>{t(`moderation.reason.${r.reason}`)}{r.text && ` — ${r.text}`}</li>)}
      </ul>
      {item.resource && (
        <div class="actions">
          <form method="post" action="/moderation/hide" class="stacked">
            <input type="hidden" name="resource_type" value={item.type} />
            <input type="hidden" name="resource_id" value={item.id} />
            <Field id={`hide-reason-${key}`} name="public_reason" label={t('moderation.hide.reason')} problem={hideProblem} />
            <button type="submit" class="danger">{t('moderation.hide.submit')}</button>
          </form>
          <PostButton action="/moderation/restore" fields={{ resource_type: item.type, resource_id: item.id }} label={t(item.resource.hidden ? 'moderation.restore.submit' : 'moderation.dismiss.submit')} />
          {item.resource.authorUserId && (
            <form method="post" action="/moderation/block" class="stacked">
              <input type="hidden" name="user_id" value={item.resource.authorUserId} />
              <Field id={`block-days-${key}`} name="days" label={t('moderation.block.days')} type="number" min={1} max={365} problem={blockProblem} initial="7" />
              <Field id={`block-reason-${key}`} name="reason" label={t('moderation.block.reason')} problem={blockProblem} />
              <button type="submit" class="danger">{t('moderation.block.submit')}</button>
            </form>
          )}
        </div>
      )}
    </li>
  );
}

/** The moderators' queue: flagged resources with hide/restore/block forms, hidden content to restore, the blocks running now. */
export function QueuePage(props: { ctx: PageContext; items: QueueItem[]; hidden: HiddenItem[]; blocks: ActiveBlock[]; problem?: QueueProblem }) {
  const { t, locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t('moderation.queue.title')}>
      <h1>{t('moderation.queue.title')}</h1>
      {props.problem?.errors._form && <p class="field-error" role="alert">{props.problem.errors._form}</p>}
      <h2>{t('moderation.queue.flagged')}</h2>
      {props.items.length === 0 ? <p>{t('moderation.queue.empty')}</p> : <ul class="cards">{props.items.map((item) => <QueueEntry ctx={props.ctx} item={item} problem={props.problem} />)}</ul>}
      <h2>{t('moderation.hiddenList.title')}</h2>
      <HiddenList ctx={props.ctx} items={props.hidden} />
      <h2>{t('moderation.blocks.title')}</h2>
      {props.blocks.length === 0 ? (
        <p>{t('moderation.blocks.empty')}</p>
      ) : (
        <DataTable
          caption={t('moderation.blocks.caption')}
          rows={props.blocks}
          columns={[
            { header: t('moderation.blocks.person'), cell: (b) => b.name },
            { header: t('moderation.blocks.until'), cell: (b) => formatDateTime(locale, b.until) },
            { header: t('moderation.blocks.reason'), cell: (b) => b.reason },
            { header: t('moderation.blocks.lift'), cell: (b) => <PostButton action={`/moderation/blocks/${b.id}/lift`} label={t('moderation.blocks.liftButton', { name: b.name })} /> },
          ]}
        />
      )}
    </Layout>
  );
}
