import { z } from 'zod';

// A leaf module (zod only): the manifest needs these at load time, before the settings helpers' imports resolve.
/** Settings of the proposals component: global ones, and switches per phase. */
export const proposalSettingsSchemas = {
  type: 'proposals',
  globalSettings: z.object({
    // Hours after publication during which the author may still edit (0 = never).
    editWindowHours: z.number().int().min(0).max(8760).default(72),
    // Supports a resident may give in this component (0 = no limit).
    supportLimit: z.number().int().min(0).max(1000).default(0),
    // Supports that earn the "threshold reached" badge and alert the city admins (0 = none).
    supportThreshold: z.number().int().min(0).max(1_000_000).default(0),
    // Flags after which a proposal goes to the moderation queue.
    flagThreshold: z.number().int().min(1).max(100).default(3),
  }),
  phaseSettings: z.object({
    creationEnabled: z.boolean().default(false),
    supportsEnabled: z.boolean().default(false),
    commentsEnabled: z.boolean().default(false),
  }),
};
