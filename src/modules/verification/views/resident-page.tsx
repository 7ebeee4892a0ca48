import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { NeighbourhoodRow } from '../../processes/index.ts';
import type { VerificationRow, VerificationSettings } from '../register.ts';
import { VerificationStatus } from './status.tsx';
import { localizedOption } from '../../../web/localized-text.tsx';

/** Everything the resident's verification page shows. */
export interface ResidentPageData {
  settings: VerificationSettings;
  row: VerificationRow | undefined;
  neighbourhoods: NeighbourhoodRow[];
  returnTo: string;
  /** Whether a letter was printed for this person and waits for its code. */
  letterSent: boolean;
  letterRequested: boolean;
}

const labels = (ctx: PageContext): Record<string, string> => ({
  identifier: ctx.t('verification.census.identifier'),
  birth_date: ctx.t('verification.census.birthDate'),
  full_name: ctx.t('verification.letter.name'),
  address: ctx.t('verification.letter.address'),
  neighbourhood_id: ctx.t('verification.letter.neighbourhood'),
  code: ctx.t('verification.letter.code'),
});

function CensusForm(props: { ctx: PageContext; state: FormState; returnTo: string }) {
  const { ctx, state } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="census-title">
      <h2 id="census-title">{t('verification.census.title')}</h2>
      <p>{t('verification.census.intro')}</p>
      <form method="post" action="/verification/census" class="stacked">
        <input type="hidden" name="return_to" value={props.returnTo} />
        <TextField state={state} name="identifier" label={t('verification.census.identifier')} hint={t('verification.census.identifierHint')} required t={t} maxlength={64} autocomplete="off" />
        <TextField state={state} name="birth_date" label={t('verification.census.birthDate')} hint={t('verification.census.birthDateHint')} required t={t} maxlength={10} autocomplete="bday" />
        <p class="actions"><button type="submit">{t('verification.census.submit')}</button></p>
      </form>
    </section>
  );
}

function LetterForms(props: { ctx: PageContext; state: FormState; data: ResidentPageData }) {
  const { ctx, state, data } = props;
  const { t, locale } = ctx;
  const options = data.neighbourhoods.map((n) => localizedOption(locale, n.id, n.name_fr, n.name_en));
  return (
    <section aria-labelledby="letter-title">
      <h2 id="letter-title">{t('verification.letter.title')}</h2>
      {data.letterSent ? (
        <form method="post" action="/verification/letter/code" class="stacked">
          <input type="hidden" name="return_to" value={data.returnTo} />
          <TextField state={state} name="code" label={t('verification.letter.code')} hint={t('verification.letter.codeHint')} required t={t} maxlength={20} autocomplete="off" />
          <p class="actions"><button type="submit">{t('verification.letter.redeem')}</button></p>
        </form>
      ) : data.letterRequested ? (
        <p>{t('verification.letter.waiting')}</p>
      ) : (
        <>
          <p>{t('verification.letter.intro')}</p>
          <form method="post" action="/verification/letter" class="stacked">
            <input type="hidden" name="return_to" value={data.returnTo} />
            <TextField state={state} name="full_name" label={t('verification.letter.name')} required t={t} maxlength={120} autocomplete="name" />
            <TextArea state={state} name="address" label={t('verification.letter.address')} hint={t('verification.letter.addressHint')} required t={t} maxlength={300} rows={3} />
            <SelectField state={state} name="neighbourhood_id" label={t('verification.letter.neighbourhood')} required t={t} options={options} />
            <p class="actions"><button type="submit">{t('verification.letter.request')}</button></p>
          </form>
        </>
      )}
    </section>
  );
}

/** The resident's page: where they stand, then each method the city offers. */
export function ResidentPage(props: { ctx: PageContext; data: ResidentPageData; state: FormState; status?: string }) {
  const { ctx, data, state } = props;
  const { t, locale } = ctx;
  const hood = data.row?.neighbourhood_id ? data.neighbourhoods.find((n) => n.id === data.row!.neighbourhood_id) : undefined;
  const none = !data.settings.census && !data.settings.letter && !data.settings.desk;
  return (
    <Layout ctx={ctx} title={t('verification.title')}>
      <h1>{t('verification.title')}</h1>
      <p>{t('verification.intro')}</p>
      <VerificationStatus ctx={ctx} row={data.row} neighbourhood={hood ? localized(locale, hood.name_fr, hood.name_en) : null} />
      {state.errors._form && <p class="field-error" role="alert">{state.errors._form}</p>}
      <ErrorSummary state={{ ...state, errors: Object.fromEntries(Object.entries(state.errors).filter(([k]) => k !== '_form')) }} t={t} labels={labels(ctx)} />
      {none && <p>{t('verification.noMethod')}</p>}
      {data.settings.census && <CensusForm ctx={ctx} state={state} returnTo={data.returnTo} />}
      {data.settings.letter && <LetterForms ctx={ctx} state={state} data={data} />}
      {data.settings.desk && (
        <section aria-labelledby="desk-title">
          <h2 id="desk-title">{t('verification.desk.title')}</h2>
          <p>{t('verification.desk.intro')}</p>
        </section>
      )}
      <p class="meta">{t('verification.privacy')}</p>
      {data.returnTo !== '/' && <p><a href={data.returnTo}>{t('verification.back')}</a></p>}
    </Layout>
  );
}
