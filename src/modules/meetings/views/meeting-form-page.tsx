import { CheckboxField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { CITY_ORGANISER, meetingModes, meetingAccess } from '../meeting-input.ts';
import { accessFeatures } from './meeting-facts.tsx';
import { LocationFieldset } from '../../geography/index.ts';

/** The form creating or editing a meeting (city admins). */
export function MeetingFormPage(props: { ctx: PageContext; title: string; action: string; back: string; state: FormState; organisations: { id: string; name: string }[]; neighbourhoods: { id: string; name: string }[]; picker: string | null }) {
  const { ctx, state } = props;
  const { t } = ctx;
  const labels: Record<string, string> = {
    title_fr: t('meetings.form.titleFr'),
    title_en: t('meetings.form.titleEn'),
    description_fr: t('meetings.form.descriptionFr'),
    description_en: t('meetings.form.descriptionEn'),
    mode: t('meetings.form.mode'),
    address: t('meetings.form.address'),
    neighbourhood_id: t('meetings.form.neighbourhood'),
    latitude: t('geography.location.latitude'),
    longitude: t('geography.location.longitude'),
    online_url: t('meetings.form.onlineUrl'),
    starts_local: t('meetings.form.start'),
    ends_local: t('meetings.form.end'),
    time_zone: t('meetings.form.timeZone'),
    organiser: t('meetings.form.organiser'),
    access: t('meetings.form.access'),
    capacity: t('meetings.form.capacity'),
  };
  return (
    <Layout ctx={ctx} title={props.title}>
      <p><a href={props.back}>{t('meetings.back')}</a></p>
      <h1>{props.title}</h1>
      <form method="post" action={props.action}>
        <ErrorSummary state={state} t={t} labels={labels} />
        <TextField state={state} name="title_fr" label={labels.title_fr} t={t} required maxlength={200} />
        <TextField state={state} name="title_en" label={labels.title_en} t={t} maxlength={200} />
        <TextArea state={state} name="description_fr" label={labels.description_fr} t={t} rows={5} maxlength={5000} />
        <TextArea state={state} name="description_en" label={labels.description_en} t={t} rows={5} maxlength={5000} />
        <SelectField state={state} name="mode" label={labels.mode} t={t} required options={meetingModes.map((m) => ({ value: m, label: t(`meetings.mode.${m}`) }))} />
        <TextField state={state} name="address" label={labels.address} hint={t('meetings.form.addressHint')} t={t} maxlength={300} />
        <SelectField state={state} name="neighbourhood_id" label={labels.neighbourhood_id} t={t} options={[{ value: '', label: t('meetings.form.noNeighbourhood') }, ...props.neighbourhoods.map((n) => ({ value: n.id, label: n.name }))]} />
        <LocationFieldset ctx={ctx} state={state} picker={props.picker} />
        <fieldset>
          <legend>{t('meetings.form.features')}</legend>
          {accessFeatures.map((f) => <CheckboxField state={state} name={f} label={t(`meetings.feature.${f}`)} />)}
        </fieldset>
        <TextField state={state} name="online_url" label={labels.online_url} hint={t('meetings.form.onlineUrlHint')} t={t} type="url" maxlength={500} />
        <TextField state={state} name="starts_local" label={labels.starts_local} t={t} type="datetime-local" required />
        <TextField state={state} name="ends_local" label={labels.ends_local} t={t} type="datetime-local" required />
        <TextField state={state} name="time_zone" label={labels.time_zone} hint={t('meetings.form.timeZoneHint')} t={t} required maxlength={60} />
        <SelectField state={state} name="organiser" label={labels.organiser} t={t} required options={[{ value: CITY_ORGANISER, label: t('meetings.organiser.city') }, ...props.organisations.map((o) => ({ value: o.id, label: o.name }))]} />
        <SelectField state={state} name="access" label={labels.access} t={t} required options={meetingAccess.map((a) => ({ value: a, label: t(`meetings.access.${a}`) }))} />
        <TextField state={state} name="capacity" label={labels.capacity} hint={t('meetings.form.capacityHint')} t={t} type="number" maxlength={6} />
        <p><button type="submit">{t('meetings.form.save')}</button></p>
      </form>
    </Layout>
  );
}
