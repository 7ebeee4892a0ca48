import { z } from 'zod';
import { componentSettingsFor, defineComponentSpec } from '../processes/index.ts';
import type { ComponentRow } from '../processes/index.ts';

/** The proposals component's settings (global ones, and switches per phase) and its actions. */
export const proposalsSpec = defineComponentSpec({
  type: 'proposals',
  nameKey: 'components.proposals.name',
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
  // What each action needs; the rules (policy.ts) read this, so a change here changes who may act.
  actions: {
    read: { permission: 'visitor' },
    create: { permission: 'resident', enabledBy: 'creationEnabled', verifiable: true },
    edit: { permission: 'resident' },
    withdraw: { permission: 'resident' },
    invite: { permission: 'resident' },
    support: { permission: 'resident', enabledBy: 'supportsEnabled', verifiable: true },
    unsupport: { permission: 'resident', enabledBy: 'supportsEnabled' },
    comment: { permission: 'resident', enabledBy: 'commentsEnabled' },
    answer: { permission: 'admin' },
    moderate: { permission: 'moderator' },
  },
});

/** Per-phase switches of the proposals component. */
export type PhaseSwitches = z.output<typeof proposalsSpec.phaseSettings>;

export type ProposalSettings = {
  editWindowHours: number;
  supportLimit: number;
  supportThreshold: number;
  flagThreshold: number;
  switches: PhaseSwitches;
};

/** The settings in force for a component during a phase (null = between phases: everything closed). */
export function proposalSettings(component: Pick<ComponentRow, 'type' | 'settings'>, phaseId: string | null): ProposalSettings {
  const { global, phase } = componentSettingsFor(component, phaseId, proposalsSpec);
  const open = phaseId !== null;
  return {
    ...global,
    switches: { creationEnabled: open && phase.creationEnabled, supportsEnabled: open && phase.supportsEnabled, commentsEnabled: open && phase.commentsEnabled },
  };
}
