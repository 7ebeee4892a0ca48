import type { ComponentManifest } from './manifest.ts';

declare module '../../../platform/context.ts' {
  interface ModuleRegistry {
    /** Every component type a process can attach, by type, in module-list order (filled by src/modules/install.ts). */
    components: ReadonlyMap<string, ComponentManifest>;
  }
}

/** Where the component types are found: the app's module registry (`c.var.deps.modules`). */
export type ComponentTypes = { components: ReadonlyMap<string, ComponentManifest> };

/** The manifest of a component type, or undefined when no installed module declares it (any more). */
export function findManifest(registry: ComponentTypes, type: string): ComponentManifest | undefined {
  return registry.components.get(type);
}
