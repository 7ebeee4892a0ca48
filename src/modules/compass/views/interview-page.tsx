import { formatDate, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { CodeRow, InterviewRow, MemoRow, SegmentRow } from '../interviews/interview-queries.ts';
import { codePointSlice, type TranscriptParagraph } from '../interviews/transcript-units.ts';
import { CompassLayout } from './frame.tsx';
import { PostButton } from '../../../web/post-button.tsx';

export interface InterviewPageData {
  interview: InterviewRow;
  guideLabel: string | null;
  paragraphs: TranscriptParagraph[];
  codes: { code: CodeRow; depth: number }[];
  segments: SegmentRow[];
  memos: MemoRow[];
  error: string | null;
}

const overlaps = (segments: SegmentRow[], start: number, end: number) => segments.some((s) => s.start_offset < end && start < s.end_offset);

/**
 * The coding page. Without JavaScript, tick sentences or whole paragraphs and the codes to give them;
 * with it, select any stretch of the transcript (compass-coding.js fills in the range).
 */
export function InterviewPage(props: { ctx: PageContext; data: InterviewPageData }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const i = data.interview;
  const codeName = (id: string) => {
    const c = data.codes.find((x) => x.code.id === id)?.code;
    return c ? localized(locale, c.name_fr, c.name_en) : id;
  };
  const order = new Map(data.codes.map((c, n) => [c.code.id, n]));
  const inCodebookOrder = (ids: string[]) => [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const base = `/compass/interviews/${i.id}`;
  return (
    <CompassLayout ctx={ctx} title={i.pseudonym}>
      <h1>{i.pseudonym}</h1>
      <dl class="meta">
        <dt>{t('compass.table.group')}</dt><dd>{t(`compass.group.${i.stakeholder_group}`)}</dd>
        <dt>{t('compass.interview.role')}</dt><dd>{i.role || '—'}</dd>
        <dt>{t('compass.interview.interviewed_on')}</dt><dd>{formatDate(locale, i.interviewed_on)}</dd>
        <dt>{t('compass.interview.guide_version_id')}</dt><dd>{data.guideLabel ?? t('compass.interview.noGuide')}</dd>
        <dt>{t('compass.interview.consent')}</dt><dd>{t(`compass.consent.${i.consent}`)}</dd>
      </dl>
      {data.error && <p class="error-summary" role="alert">{data.error}</p>}
      <h2>{t('compass.coding.title')}</h2>
      <p class="hint">{t('compass.coding.hint')}</p>
      <form method="post" action={`${base}/segments`} class="stacked" id="coding-form">
        <div class="transcript" id="transcript" data-length={String(Array.from(i.transcript).length)}>
          {data.paragraphs.map((p, n) => (
            <p>
              <input type="checkbox" id={`p-${n}`} name="units" value={`${p.start}-${p.end}`} />
              <label for={`p-${n}`} class="visually-hidden">{t('compass.coding.paragraph', { n: n + 1 })}</label>
              {p.sentences.map((s, k) => (
                <>
                  <input type="checkbox" id={`s-${n}-${k}`} name="units" value={`${s.start}-${s.end}`} />
                  <label for={`s-${n}-${k}`} class={overlaps(data.segments, s.start, s.end) ? 'unit coded' : 'unit'} data-start={String(s.start)}>{s.text}</label>{' '}
                </>
              ))}
            </p>
          ))}
        </div>
        <input type="hidden" name="selection" id="selection" value="" />
        <p id="selection-status" class="hint" aria-live="polite" data-template={t('compass.coding.selected', { text: '{text}' })}></p>
        <fieldset class="field" id="field-codes">
          <legend>{t('compass.coding.codes')}</legend>
          {data.codes.map(({ code, depth }) => (
            <div class="checkbox">
              <input type="checkbox" id={`code-${code.id}`} name="codes" value={code.id} />
              <label for={`code-${code.id}`}>{'— '.repeat(depth)}{localized(locale, code.name_fr, code.name_en)}</label>
            </div>
          ))}
        </fieldset>
        <p><button type="submit">{t('compass.coding.submit')}</button></p>
      </form>
      <script src="/compass/compass-coding.js" defer></script>
      <h2>{t('compass.coding.segments')}</h2>
      {data.segments.length === 0 ? <p>{t('compass.coding.none')}</p> : (
        <ul id="segments">
          {data.segments.map((s) => (
            <li>
              <q>{codePointSlice(i.transcript, s.start_offset, s.end_offset)}</q> — {inCodebookOrder(s.codeIds).map(codeName).join(', ')} <small>({s.start_offset}–{s.end_offset})</small>
              <PostButton action={`${base}/segments/${s.id}/delete`} buttonClass="link-button" label={t('compass.coding.remove')} />
              {data.memos.filter((m) => m.segment_id === s.id).map((m) => <p class="quote">{m.body}</p>)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('compass.memos.title')}</h2>
      {data.memos.filter((m) => !m.segment_id).map((m) => <p class="quote">{m.body}</p>)}
      <form method="post" action={`${base}/memos`} class="stacked">
        <div class="field">
          <label for="field-memo">{t('compass.memos.label')}</label>
          <textarea id="field-memo" name="body" rows={4} maxlength={10000} required></textarea>
        </div>
        <div class="field">
          <label for="field-memo-segment">{t('compass.memos.segment')}</label>
          <select id="field-memo-segment" name="segment_id">
            <option value="">{t('compass.memos.wholeInterview')}</option>
            {data.segments.map((s) => <option value={s.id}>{t('common.labelled', { label: `${s.start_offset}–${s.end_offset}`, value: codePointSlice(i.transcript, s.start_offset, Math.min(s.end_offset, s.start_offset + 60)) })}</option>)}
          </select>
        </div>
        <p><button type="submit">{t('compass.memos.add')}</button></p>
      </form>
      <h2>{t('compass.consent.title')}</h2>
      <form method="post" action={`${base}/consent`} class="inline">
        <label for="field-consent">{t('compass.interview.consent')}</label>{' '}
        <select id="field-consent" name="consent">
          {['analysis', 'quotes'].map((c) => <option value={c} selected={c === i.consent}>{t(`compass.consent.${c}`)}</option>)}
        </select>{' '}
        <button type="submit">{t('form.save')}</button>
      </form>
      <details class="notice">
        <summary>{t('compass.withdraw.summary')}</summary>
        <p>{t('compass.withdraw.explain')}</p>
        <PostButton action={`${base}/withdraw`} buttonClass="" class="" label={t('compass.withdraw.confirm')} />
      </details>
    </CompassLayout>
  );
}
