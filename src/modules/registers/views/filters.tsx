import type { PageContext } from '../../../web/layout.tsx';

/** One select of a filter form; the empty option means "all". */
export function FilterSelect(props: { ctx: PageContext; name: string; label: string; value: string; options: { value: string; label: string; lang?: string }[] }) {
  return (
    <div class="field">
      <label for={`filter-${props.name}`}>{props.label}</label>
      <select id={`filter-${props.name}`} name={props.name}>
        <option value="">{props.ctx.t('registers.filters.all')}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value} lang={o.lang}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** The search box and submit button shared by both register lists. */
export function FilterSearch(props: { ctx: PageContext; value: string }) {
  const { t } = props.ctx;
  return (
    <div class="field">
      <label for="filter-q">{t('registers.filters.search')}</label>
      <input id="filter-q" type="search" name="q" value={props.value} maxlength={100} />
    </div>
  );
}

/** "Personal data: yes / no" options. */
export const yesNoOptions = (ctx: PageContext) => [
  { value: 'yes', label: ctx.t('registers.yes') },
  { value: 'no', label: ctx.t('registers.no') },
];
