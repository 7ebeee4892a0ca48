import { canSeeProcess } from '../../processes/index.ts';
import { formatDate, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { CommentsSection } from '../../comments/index.ts';
import { fieldsOf, type EntryType, type FieldSpec } from '../fields.ts';
import { describeChange, parseChanges } from '../history.ts';
import { formatValue } from '../present.ts';
import type { EntryPageData } from '../page-data.ts';
import { QuestionsSection } from './questions-section.tsx';
import { Localized, MarkedText } from '../../../web/localized-text.tsx';
import type { Locale } from '../../../config.ts';

/** The language an entry's free text is written in, when the entry says so ('' for entries that do not). */
export const textLanguageOf = (entry: { text_language: string }): Locale | undefined => (entry.text_language === 'fr' || entry.text_language === 'en' ? entry.text_language : undefined);

/** Free text written by a department, marked with its language and "(in French)" when it is not the page's. */
export const EntryText = (props: { ctx: PageContext; entry: { text_language: string }; text: string }) => <MarkedText ctx={props.ctx} label={{ text: props.text, lang: textLanguageOf(props.entry) }} />;

// Fields whose value is prose a department wrote (short fields hold names, addresses and vendors: no language to mark).
const isFreeText = (spec: FieldSpec) => spec.kind === 'longtext';

/** A definition list of the given fields of an entry, skipping those left empty. */
export function FactList(props: { ctx: PageContext; data: EntryPageData; specs: FieldSpec[] }) {
  const { ctx, data } = props;
  const row = data.entry as unknown as Record<string, string | number | null>;
  const shown = props.specs.map((spec) => ({ spec, text: formatValue(ctx.locale, ctx.t, data.lookups, spec, row[spec.name]) })).filter((f) => f.text !== '');
  if (shown.length === 0) return <p>{ctx.t('registers.answer.notStated')}</p>;
  return (
    <dl>
      {shown.map(({ spec, text }) => (
        <>
          <dt>{ctx.t(`registers.field.${spec.name}`)}</dt>
          <dd>{spec.kind === 'url' ? <a href={text}>{text}</a> : isFreeText(spec) ? <EntryText ctx={ctx} entry={data.entry} text={text} /> : text}</dd>
        </>
      ))}
    </dl>
  );
}

/** The fields of one fieldset of an entry type. */
export const specsIn = (type: EntryType, fieldset: string, except: string[] = []) => fieldsOf(type).filter((s) => s.fieldset === fieldset && !except.includes(s.name));

/** The public history of changes: what changed, when, by which department (and who, for admins). */
export function HistorySection(props: { ctx: PageContext; data: EntryPageData }) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('registers.history.title')}</h2>
      <ol class="timeline">
        {data.changes.map((change) => {
          const department = data.lookups.departments.get(change.department_id);
          const by = department ? localized(locale, department.name_fr, department.name_en) : '';
          const lines = parseChanges(change.changes).map((c) => describeChange(locale, t, data.lookups, data.type, c));
          return (
            <li>
              <strong>{formatDate(locale, change.created_at)}</strong> — {t(change.kind === 'created' ? 'registers.history.created' : 'registers.history.updated', { department: by })}
              {ctx.user?.role === 'admin' && change.user_name && <span class="meta"> ({t('registers.history.byUser', { name: change.user_name })})</span>}
              {lines.length > 0 && (
                <ul>
                  {lines.map((line) => (
                    <li>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The participatory process residents can use to propose changes to this entry. */
export function LinkedProcess(props: { ctx: PageContext; data: EntryPageData }) {
  const process = props.data.entry.process_id ? props.data.lookups.processes.get(props.data.entry.process_id) : undefined;
  if (!process || !canSeeProcess(process, null)) return null;
  return (
    <p class="notice">
      {props.ctx.t('registers.process.intro')} <a href={`/processes/${process.slug}`}><Localized ctx={props.ctx} fr={process.title_fr} en={process.title_en} /></a>
    </p>
  );
}

/** Questions, debate and history: the residents' voice on an entry. */
export function ResidentsVoice(props: { ctx: PageContext; data: EntryPageData }) {
  const { ctx, data } = props;
  return (
    <>
      <QuestionsSection ctx={ctx} data={data} />
      {data.thread && <CommentsSection ctx={ctx} thread={data.thread} resource={{ type: data.type, id: data.entry.id }} open={data.thread.context.open} closedReasonKey={data.thread.context.closedReasonKey} />}
      <HistorySection ctx={ctx} data={data} />
    </>
  );
}
