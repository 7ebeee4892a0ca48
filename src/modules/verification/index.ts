import { defineModule } from '../define-module.ts';
import { verificationExport } from './account-export.ts';
import { adminRoutes } from './admin-routes.tsx';
import { deskRoutes } from './desk-routes.tsx';
import { verificationMessages } from './messages.ts';
import * as createLetters from './migration-letters.ts';
import * as createRegister from './migration-register.ts';
import { residentRoutes } from './resident-routes.tsx';
import { releaseOnAccountDeletion, superviseRetention } from './retention.ts';
import { seedDemoVerification } from './seed.ts';

/**
 * Who may take part, checked without keeping identities: a census file (keyed hashes only), postal
 * letters and the help desk verify accounts; component actions may require a verification (declared
 * `verifiable` in their spec, chosen per component by admins). See docs/verification.md.
 */
export const verificationModule = defineModule({
  name: 'verification',
  routes: [
    { path: '/', router: deskRoutes },
    { path: '/', router: residentRoutes },
    { path: '/admin/verification', router: adminRoutes },
  ],
  messages: verificationMessages,
  exportSections: [verificationExport],
  demoSeed: ({ db, config }) => seedDemoVerification(db, config.verificationKey),
  background: (deps) => superviseRetention(deps),
  accountDeletion: releaseOnAccountDeletion,
  migrations: { '026_verification': createRegister, '027_verification_letters': createLetters },
});

/** What other modules use: the requirement check and its notice, the person's voter key, the desk check. */
export { assertRequirement, checkRequirement, requirementError, requirementStatus, verificationHref, type RequirementRefusal } from './requirement.ts';
export { RequirementNotice } from './views/requirement-notice.tsx';
export { accountPersonVoterKey, personVoterKey } from './voter-keys.ts';
export { deskPersonHmac, isDeskStaff } from './desk-service.ts';
export { findByPerson } from './register.ts';
export { releaseDeletedAccounts } from './retention.ts';
