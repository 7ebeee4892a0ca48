/** What other modules may use from organisations: the actor concept and its form picker. */
export { type Actor, type ActingOption, ACTOR_FIELD, canActFor, listActingOptions, parseActor } from './actor.ts';
export { ActorPicker } from './views/actor-picker.tsx';
export { organisationKinds, type OrganisationKind, memberRoles, type MemberRole } from './policy.ts';
