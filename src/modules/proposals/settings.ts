import { proposalSettingsSchemas } from './settings-schemas.ts';
import { componentSettingsFor } from '../processes/components/settings.ts';
import type { ComponentRow } from '../processes/types.ts';
import type { PhaseSwitches } from './policy.ts';

export { proposalSettingsSchemas };

export type ProposalSettings = {
  editWindowHours: number;
  supportLimit: number;
  supportThreshold: number;
  flagThreshold: number;
  switches: PhaseSwitches;
};

/** The settings in force for a component during a phase (null = between phases: everything closed). */
export function proposalSettings(component: Pick<ComponentRow, 'type' | 'settings'>, phaseId: string | null): ProposalSettings {
  const { global, phase } = componentSettingsFor(component, phaseId, proposalSettingsSchemas);
  const open = phaseId !== null;
  return {
    ...global,
    switches: { creationEnabled: open && phase.creationEnabled, supportsEnabled: open && phase.supportsEnabled, commentsEnabled: open && phase.commentsEnabled },
  };
}
