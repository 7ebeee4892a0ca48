import type { Child } from 'hono/jsx';
import type { FormValues } from '../platform/form.ts';
import type { Translate } from '../platform/i18n/index.ts';
import { Layout, type PageContext } from './layout.tsx';

/**
 * The field only a confirmation step sends. A destructive or final action acts only when its POST
 * carries it, so a stray click, an old form or a replayed request never deletes anything by itself.
 */
export const CONFIRM_FIELD = 'confirmed';
const CONFIRM_VALUE = 'yes';

/** Whether a posted form went through a confirmation step. */
export function isConfirmed(values: FormValues): boolean {
  return values[CONFIRM_FIELD] === CONFIRM_VALUE;
}

/** The hidden confirmation field, for a page that is itself the confirmation step (account deletion). */
export function ConfirmField() {
  return <input type="hidden" name={CONFIRM_FIELD} value={CONFIRM_VALUE} />;
}

/** How many of one kind of thing there are; `key` is a catalog key whose text takes `{count}`. */
export interface Tally {
  key: string;
  count: number;
}

/** The outcome of a deletion: done, or refused because of what depends on the thing (nothing was changed). */
export type DeletionResult = { ok: true } | { ok: false; held: Tally[] };

/** Whether any tally is above zero (something depends on the thing, or would be lost with it). */
export const holdsAny = (tallies: Tally[]): boolean => tallies.some((x) => x.count > 0);

/** The tallies above zero as translated lines ("12 ballots"). */
export function tallyLines(t: Translate, tallies: Tally[]): string[] {
  return tallies.filter((x) => x.count > 0).map((x) => t(x.key, { count: x.count }));
}

/** What a confirmation tells before acting: what happens, what is lost for good, and what stays. */
export interface Consequences {
  happens: string;
  lost: string[];
  kept?: string[];
}

/** Where the confirmed action posts, its button, and the values the original form carried. */
export interface ConfirmAction {
  action: string;
  submitLabel: string;
  /** `final` (publishing results) is not a deletion: its button keeps the main colour. */
  tone?: 'danger' | 'final';
  hidden?: Record<string, string>;
}

/** A link back to where the person came from. */
export interface BackLink {
  href: string;
  label: string;
}

function ConsequenceList(props: { t: Translate; consequences: Consequences }) {
  const { t, consequences } = props;
  return (
    <>
      <p>{consequences.happens}</p>
      <p class="confirm-heading">{t('confirm.lost')}</p>
      {consequences.lost.length > 0 ? <ul>{consequences.lost.map((line) => <li>{line}</li>)}</ul> : <p>{t('confirm.nothingLost')}</p>}
      {consequences.kept && consequences.kept.length > 0 && (
        <>
          <p class="confirm-heading">{t('confirm.kept')}</p>
          <ul>{consequences.kept.map((line) => <li>{line}</li>)}</ul>
        </>
      )}
    </>
  );
}

function ConfirmForm(props: ConfirmAction & { cancel?: BackLink; t: Translate }) {
  return (
    <form method="post" action={props.action}>
      {Object.entries(props.hidden ?? {}).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <ConfirmField />
      <p class="actions">
        <button type="submit" class={props.tone === 'final' ? undefined : 'danger'}>{props.submitLabel}</button>
        {props.cancel && <a href={props.cancel.href}>{props.t('confirm.cancel')}</a>}
      </p>
    </form>
  );
}

/**
 * The confirmation page of a destructive or final action: what will happen, what will be lost, then
 * the action as a POST carrying the confirmation field, and a way back. `unconfirmed` says that a
 * POST arrived without the confirmation and nothing was done.
 */
export function ConfirmPage(props: { ctx: PageContext; title: string; back: BackLink; consequences: Consequences; confirm: ConfirmAction; unconfirmed?: boolean }) {
  const { ctx, title, back } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={back.href}>{back.label}</a></p>
      <h1>{title}</h1>
      {props.unconfirmed && <p class="notice">{t('confirm.notConfirmed')}</p>}
      <section class="confirm" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{t('confirm.whatHappens')}</h2>
        <ConsequenceList t={t} consequences={props.consequences} />
        <ConfirmForm {...props.confirm} cancel={back} t={t} />
      </section>
    </Layout>
  );
}

/**
 * The answer to a deletion that is not allowed because people took part: why, what depends on it,
 * and what to do instead (unpublish, close, archive). Nothing was changed.
 */
export function RefusedPage(props: { ctx: PageContext; title: string; back: BackLink; reason: string; held: string[]; instead?: Child }) {
  const { ctx, title, back } = props;
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={back.href}>{back.label}</a></p>
      <h1>{title}</h1>
      <RefusalNotice ctx={ctx} reason={props.reason} held={props.held} />
      {props.instead}
      <p><a class="button secondary" href={back.href}>{back.label}</a></p>
    </Layout>
  );
}

/** Why a deletion is not offered: the reason and what depends on the thing. */
export function RefusalNotice(props: { ctx: PageContext; reason: string; held: string[] }) {
  return (
    <div class="notice" role="status">
      <p>{props.reason}</p>
      {props.held.length > 0 && (
        <>
          <p class="confirm-heading">{props.ctx.t('confirm.held')}</p>
          <ul>{props.held.map((line) => <li>{line}</li>)}</ul>
        </>
      )}
    </div>
  );
}

/**
 * An inline confirmation folded in `<details>` (opens without JavaScript): for small actions next
 * to what they concern, such as deleting one's comment or signing out a device.
 */
export function ConfirmDetails(props: { ctx: PageContext; summary: string; consequences: Consequences; confirm: ConfirmAction; class?: string }) {
  return (
    <details class={props.class ? `confirm ${props.class}` : 'confirm'}>
      <summary>{props.summary}</summary>
      <ConsequenceList t={props.ctx.t} consequences={props.consequences} />
      <ConfirmForm {...props.confirm} t={props.ctx.t} />
    </details>
  );
}

/** A link to a confirmation page, drawn as a red button. */
export function DangerLink(props: { href: string; label: string }) {
  return <a class="button danger" href={props.href}>{props.label}</a>;
}

/** The section that keeps actions that cannot be undone apart from the edit forms, at the end of a page. */
export function DangerZone(props: { ctx: PageContext; children: Child }) {
  return (
    <section class="danger-zone" aria-labelledby="danger-zone-title">
      <h2 id="danger-zone-title">{props.ctx.t('confirm.dangerZone')}</h2>
      {props.children}
    </section>
  );
}

/**
 * The end of an admin page: a link to the deletion's confirmation page while nothing depends on the
 * thing; otherwise why it stays, what depends on it, and what to do instead.
 */
export function DeletionZone(props: { ctx: PageContext; held: Tally[]; href: string; label: string; refused: string; instead?: Child }) {
  const { ctx, held } = props;
  return (
    <DangerZone ctx={ctx}>
      {holdsAny(held) ? (
        <>
          <RefusalNotice ctx={ctx} reason={props.refused} held={tallyLines(ctx.t, held)} />
          {props.instead}
        </>
      ) : (
        <p><DangerLink href={props.href} label={props.label} /></p>
      )}
    </DangerZone>
  );
}
