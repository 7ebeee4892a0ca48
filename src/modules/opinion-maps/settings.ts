import { z } from 'zod';

/** The component's settings: everything about the map's setup lives in its own table (hosts edit it); the phase opens it. */
export const opinionMapSettings = {
  type: 'opinion-map',
  globalSettings: z.object({}),
  // Voting and writing statements are open only in phases where this is on.
  phaseSettings: z.object({ votingEnabled: z.boolean().default(false) }),
};

/** Statement length limits a host may choose between. */
export const MIN_LENGTH_LIMIT = 140;
export const MAX_LENGTH_LIMIT = 280;
