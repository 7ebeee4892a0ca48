import { defineModule } from '../define-module.ts';
import { legalMessages } from './messages.ts';
import * as createLegalPages from './migration.ts';
import { recordTermsAcceptance } from './queries.ts';
import { identityRoutes } from './identity-routes.tsx';
import { adminLegalRoutes, legalRoutes } from './routes.tsx';
import { termsAcceptanceExport } from './terms.ts';
import { termsRoutes } from './terms-routes.tsx';
import './tables.ts';

/**
 * The pages a city must publish — legal notice, privacy policy, terms of use, accessibility statement —
 * with default texts that describe what cocity does, edited by the city's admins in French and English,
 * and linked from every page's footer; and who accepted which version of the terms.
 */
export const legalModule = defineModule({
  name: 'legal',
  routes: [
    { path: '/legal/terms', router: termsRoutes },
    { path: '/legal', router: legalRoutes },
    { path: '/admin/legal', router: adminLegalRoutes },
    { path: '/admin/city', router: identityRoutes },
  ],
  messages: legalMessages,
  footer: [
    { href: '/legal/notice', labelKey: 'legal.page.notice', audience: 'everyone', position: 10 },
    { href: '/legal/privacy', labelKey: 'legal.page.privacy', audience: 'everyone', position: 20 },
    { href: '/legal/terms', labelKey: 'legal.page.terms', audience: 'everyone', position: 30 },
    { href: '/legal/accessibility', labelKey: 'legal.page.accessibility', audience: 'everyone', position: 40 },
  ],
  exportSections: [termsAcceptanceExport],
  // The demo people signed up through the form, so they accepted the terms in force.
  demoSeed: async ({ db, people }) => {
    for (const id of Object.values(people)) await recordTermsAcceptance(db, id, 1);
  },
  migrations: { '036_legal_pages': createLegalPages },
});

/** What accounts use: the terms version in force, recording an acceptance, and whether to ask again at sign-in. */
export { currentTermsVersion, recordTermsAcceptance } from './queries.ts';
export { mustAcceptTerms, termsAcceptancePath } from './terms.ts';
