import { defineModule } from '../define-module.ts';
import * as descriptionLanguage from './migration-description-language.ts';
import { organisationsMessages } from './messages.ts';
import { organisationRoutes } from './routes.tsx';

/** Organisations (associations, local businesses, public bodies, collectives), their members and invitations. */
export const organisationsModule = defineModule({ name: 'organisations', migrations: { '043_organisation_description_language': descriptionLanguage }, routes: [{ path: '/organisations', router: organisationRoutes }], messages: organisationsMessages, navigation: [{ href: '/organisations', labelKey: 'layout.organisations', audience: 'everyone', position: 20 }] });

/** What other modules may use from organisations: the actor concept and its form picker. */
export { type Actor, type ActingOption, ACTOR_FIELD, canActFor, listActingOptions, parseActor } from './actor.ts';
export { ActorPicker } from './views/actor-picker.tsx';
export { organisationKinds, type OrganisationKind, memberRoles, type MemberRole } from './policy.ts';
