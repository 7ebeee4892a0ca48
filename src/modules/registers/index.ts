import { defineModule } from '../define-module.ts';
import { registerExportSections } from './account-export.ts';
import { registerAdminRoutes } from './admin-routes.tsx';
import { registerRegistersApi } from './api.ts';
import { registersMessages } from './messages.ts';
import { registerCommentables, registerQuestionModeratable } from './registration.ts';
import { registerRoutes } from './routes.tsx';
import { seedRegisters } from './seed.ts';
import * as addTextLanguage from './migration-text-language.ts';

/** The public registers of the city's sensors and algorithms, their debates and residents' questions. */
export const registersModule = defineModule({
  name: 'registers',
  navigation: [{ href: '/registers', labelKey: 'registers.navLink', audience: 'everyone', position: 30 }],
  routes: [
    { path: '/registers', router: registerRoutes },
    { path: '/admin/registers', router: registerAdminRoutes },
  ],
  api: registerRegistersApi,
  messages: registersMessages,
  commentables: registerCommentables,
  moderatables: [registerQuestionModeratable],
  exportSections: registerExportSections,
  demoSeed: ({ db, people }) => seedRegisters(db, people),
  migrations: { '042_register_text_language': addTextLanguage },
});

/** The DTPR vocabulary, read once; the start reads it early so an incomplete installation stops there. */
export { dtpr as loadDtprVocabulary } from './vocabulary.ts';
