import { defineComponent } from '../processes/index.ts';
import { mapState } from './map-context.ts';
import { opinionMapParticipation } from './map-participation.ts';
import { loadParticipation } from './participation-view.ts';
import { opinionMapSpec } from './settings.ts';
import { ParticipateBlock } from './views/participate.tsx';
import { emptyForm } from '../../web/form.tsx';

/**
 * The "opinion map" component (the Pol.is method): participants vote agree / disagree / pass on short
 * statements and write their own; the map shows opinion groups and what they share.
 */
export const opinionMapComponent = defineComponent({
  ...opinionMapSpec,
  async renderPublic(c, component, detail) {
    const state = await mapState(c.var.deps.db, component, detail);
    const data = await loadParticipation(c, { component, detail, ...state });
    // Not pageContext(c): it would consume the flash message the page frame shows.
    const ctx = { t: c.var.t, locale: c.var.locale, user: c.var.user, path: new URL(c.req.url).pathname, flash: null };
    return <ParticipateBlock ctx={ctx} data={data} state={emptyForm()} />;
  },
  participation: opinionMapParticipation,
});
