import { pageComponent } from '../../pages/manifest.tsx';
import { proposalsComponent } from '../../proposals/manifest.tsx';
import type { ComponentManifest } from './manifest.ts';

/**
 * Every component type a process can attach. A module adds its type with one line here
 * (import its manifest, append it to the list).
 */
export const componentRegistry: ComponentManifest[] = [pageComponent, proposalsComponent];

/** The manifest of a component type, or undefined when no module registers it (any more). */
export function findManifest(type: string): ComponentManifest | undefined {
  return componentRegistry.find((m) => m.type === type);
}
