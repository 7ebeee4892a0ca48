import { z } from 'zod';
import { defineComponentSpec } from '../processes/index.ts';

/**
 * The meetings component's settings and actions. Registering is a resident's action (an account with a
 * confirmed email) so a seat, a reminder and a waitlist promotion can reach the person; admins may
 * also keep it for verified residents (`verifiable`: the settings form offers a method and "same
 * neighbourhood", checked by the verification module when registering). Organising (creating
 * meetings, checking codes at the door, exporting, minutes) is for city admins and the organising
 * organisation's managers (see access.ts), not a phase setting.
 */
export const meetingSpec = defineComponentSpec({
  type: 'meetings',
  nameKey: 'components.meetings.name',
  globalSettings: z.object({
    // Residents may register (and join waitlists) for this component's meetings.
    registrationsEnabled: z.boolean().default(true),
  }),
  phaseSettings: z.object({}),
  actions: {
    read: { permission: 'visitor' },
    register: { permission: 'resident', enabledBy: 'registrationsEnabled', verifiable: true },
  },
});
