import { defineModule } from '../define-module.ts';
import { homeMessages } from './messages.ts';
import { homeRoutes } from './routes.tsx';

/** The home page: the city's processes and what is happening now. */
export const homeModule = defineModule({ name: 'home', routes: [{ path: '/', router: homeRoutes }], messages: homeMessages });
