import { defineComponent } from '../processes/components/manifest.ts';
import { mapState } from './map-context.ts';
import { loadParticipation } from './participation-view.ts';
import { opinionMapSettings } from './settings.ts';
import { ParticipateBlock } from './views/participate.tsx';
import { emptyForm } from '../../web/form.tsx';

/**
 * The "opinion map" component (the Pol.is method): participants vote agree / disagree / pass on short
 * statements and write their own; the map shows opinion groups and what they share. Both actions
 * are open in phases with `votingEnabled`; the map's own setup says whether a pseudonym is enough
 * (permission 'visitor') or an account is needed (checked in the service).
 */
export const opinionMapComponent = defineComponent({
  nameKey: 'components.opinion-map.name',
  ...opinionMapSettings,
  actions: {
    vote: { permission: 'visitor', enabledBy: 'votingEnabled' },
    write: { permission: 'visitor', enabledBy: 'votingEnabled' },
    results: { permission: 'visitor' },
  },
  async renderPublic(c, component, detail) {
    const state = await mapState(c.var.deps.db, component, detail);
    const data = await loadParticipation(c, { component, detail, ...state });
    // Not pageContext(c): it would consume the flash message the page frame shows.
    const ctx = { t: c.var.t, locale: c.var.locale, user: c.var.user, path: new URL(c.req.url).pathname, flash: null };
    return <ParticipateBlock ctx={ctx} data={data} state={emptyForm()} />;
  },
});
