import { z } from 'zod';
import { defineComponentSpec } from '../processes/index.ts';

/**
 * The component's settings and actions: everything about the map's setup lives in its own table (hosts
 * edit it); the phase opens it. Both actions are open in phases with `votingEnabled`; the map's own setup
 * says whether a pseudonym is enough (permission 'visitor') or an account is needed (checked in the service).
 */
export const opinionMapSpec = defineComponentSpec({
  type: 'opinion-map',
  nameKey: 'components.opinion-map.name',
  globalSettings: z.object({}),
  // Voting and writing statements are open only in phases where this is on.
  phaseSettings: z.object({ votingEnabled: z.boolean().default(false) }),
  actions: {
    vote: { permission: 'visitor', enabledBy: 'votingEnabled', verifiable: true },
    write: { permission: 'visitor', enabledBy: 'votingEnabled', verifiable: true },
    results: { permission: 'visitor' },
  },
});

/** Statement length limits a host may choose between. */
export const MIN_LENGTH_LIMIT = 140;
export const MAX_LENGTH_LIMIT = 280;
