import { defineComponent } from '../processes/index.ts';
import { renderProposalList } from './list-page.tsx';
import { proposalComponentParticipation } from './participation.ts';
import { proposalsSpec } from './settings.ts';

/** The "proposals" component: residents and organisations propose, co-sign, support and debate; the city answers. */
export const proposalsComponent = defineComponent({ ...proposalsSpec, renderPublic: renderProposalList, participation: proposalComponentParticipation });
