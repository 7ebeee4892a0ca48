import { defineModule } from '../define-module.ts';
import { moderationExportSections } from './account-export.ts';
import { moderationMessages } from './messages.ts';
import { moderationRoutes } from './routes.tsx';

/** Moderation: flags, the queue, hiding with public reasons, blocks and the public log. */
export const moderationModule = defineModule({ name: 'moderation', routes: [{ path: '/', router: moderationRoutes }], messages: moderationMessages, navigation: [{ href: '/moderation', labelKey: 'layout.moderation', audience: 'moderators', position: 90 }], exportSections: moderationExportSections });

/** What other modules may use from moderation: declare flaggable resources, refuse blocked people, flag and hidden views. */
export type { ModeratableDefinition, ModeratedResource, ResourceDeps } from './registry.ts';
export { assertNotBlocked, blockedUntil } from './blocks.ts';
export { flagReasons, type FlagReason } from './reasons.ts';
export { FlagForm } from './views/flag-form.tsx';
export { HiddenNotice } from './views/hidden-notice.tsx';
