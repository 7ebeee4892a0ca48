import { pageComponent } from '../../pages/manifest.tsx';
import { proposalsComponent } from '../../proposals/manifest.tsx';
import { budgetComponent } from '../../budgets/manifest.tsx';
import type { ComponentManifest } from './manifest.ts';
import { opinionMapComponent } from '../../opinion-maps/manifest.tsx';

/**
 * Every component type a process can attach. A module adds its type with one line in this list
 * (and its import above). The list is built when asked, not when this file loads: a component
 * module usually imports the processes module back, and in such an import cycle its manifest may
 * not exist yet while this file is first evaluated.
 */
export function componentRegistry(): ComponentManifest[] {
  return [
    pageComponent,
    proposalsComponent,
    budgetComponent,
    opinionMapComponent,
  ];
}

/** The manifest of a component type, or undefined when no module registers it (any more). */
export function findManifest(type: string): ComponentManifest | undefined {
  return componentRegistry().find((m) => m.type === type);
}
