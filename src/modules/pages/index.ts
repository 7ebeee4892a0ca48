import { defineModule } from '../define-module.ts';
import { pageComponent } from './manifest.tsx';
import { pagesMessages } from './messages.ts';

/** The "page" component: an information page of a process, in French and English. */
export const pagesModule = defineModule({ name: 'pages', component: pageComponent, messages: pagesMessages });
