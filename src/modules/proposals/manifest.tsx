import { defineComponent } from '../processes/components/manifest.ts';
import { proposalSettingsSchemas } from './settings-schemas.ts';
import { renderProposalList } from './list-page.tsx';

/** The "proposals" component: residents and organisations propose, co-sign, support and debate; the city answers. */
export const proposalsComponent = defineComponent({
  nameKey: 'components.proposals.name',
  ...proposalSettingsSchemas,
  actions: {
    read: { permission: 'visitor' },
    create: { permission: 'resident', enabledBy: 'creationEnabled' },
    support: { permission: 'resident', enabledBy: 'supportsEnabled' },
    comment: { permission: 'resident', enabledBy: 'commentsEnabled' },
    answer: { permission: 'admin' },
    moderate: { permission: 'moderator' },
  },
  renderPublic: renderProposalList,
});
