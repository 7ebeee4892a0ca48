// Buffers of the fast MES, allocated once per profile: Add1 reruns MES many times on one profile.
import type { Profile } from './profile.ts';

export interface Workspace {
  /** Balance per voter group, in scaled money. */
  bal: Float64Array;
  /** 1 while a group's balance is an exact integer. */
  exactBal: Uint8Array;
  /**
   * The support lists as the runs reorder them (supporters who run out of money are moved to the end of
   * their project's list). A run starts from the order the previous run left: within a project's list the
   * order does not matter, so only a run that records payments (it maps entries back to the profile's
   * order) resets them, and `ready` is false until the first run fills them.
   */
  ready: boolean;
  group: Int32Array;
  weight: Int32Array;
  points: Float64Array;
  origin: Int32Array;
  /** Voters in each support entry's group, laid out like the support list (read sequentially). */
  entryWeight: Int32Array;
  identity: Int32Array;
  /** Scratch space for one project's supporters. */
  sb: Float64Array;
  sw: Float64Array;
  su: Float64Array;
  sCapped: Uint8Array;
}

const workspaces = new WeakMap<Profile, Workspace>();

/** The buffers of one profile, created on first use. */
export function workspaceFor(profile: Profile): Workspace {
  let ws = workspaces.get(profile);
  if (ws) return ws;
  const E = profile.supportGroup.length;
  let widest = 0;
  for (let j = 0; j + 1 < profile.supportStart.length; j++) widest = Math.max(widest, profile.supportStart[j + 1] - profile.supportStart[j]);
  const identity = new Int32Array(E);
  const entryWeight = new Int32Array(E);
  for (let s = 0; s < E; s++) {
    identity[s] = s;
    entryWeight[s] = profile.groupWeight[profile.supportGroup[s]];
  }
  ws = {
    ready: false,
    bal: new Float64Array(profile.groupWeight.length),
    exactBal: new Uint8Array(profile.groupWeight.length),
    group: new Int32Array(E),
    weight: new Int32Array(E),
    points: new Float64Array(E),
    origin: new Int32Array(E),
    entryWeight,
    identity,
    sb: new Float64Array(widest),
    sw: new Float64Array(widest),
    su: new Float64Array(widest),
    sCapped: new Uint8Array(widest),
  };
  workspaces.set(profile, ws);
  return ws;
}
