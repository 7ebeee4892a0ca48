import { installModules, modules } from '../src/modules/index.ts';

// Unit tests translate without building an app: give them every module's strings, as the app's start does.
installModules(modules);
