/** What other modules may use from moderation: declare flaggable resources, refuse blocked people, flag and hidden views. */
export { registerModeratable, type ModeratableDefinition, type ModeratedResource } from './registry.ts';
export { assertNotBlocked, blockedUntil } from './blocks.ts';
export { flagReasons, type FlagReason } from './reasons.ts';
export { FlagForm } from './views/flag-form.tsx';
export { HiddenNotice } from './views/hidden-notice.tsx';
