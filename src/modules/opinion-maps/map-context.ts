import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { isActionEnabled, loadVisibleComponent, type ComponentRow, type ProcessDetail } from '../processes/index.ts';
import { defaultMap, findMap, type OpinionMapRow } from './queries.ts';
import { opinionMapSpec } from './settings.ts';

/** A map with its component, its process and whether voting is open now. */
export interface MapContext {
  component: ComponentRow;
  detail: ProcessDetail;
  map: OpinionMapRow;
  open: boolean;
}

/** Loads a map by component id; drafts, unpublished maps and unknown ids are 404 (admins see them). */
export async function loadMapContext(db: Kysely<Database>, user: CurrentUser | null, componentId: string): Promise<MapContext> {
  const { component, detail } = await loadVisibleComponent(db, componentId, opinionMapSpec.type, user);
  return { component, detail, ...(await mapState(db, component, detail)) };
}

/** The stored setup (or defaults) and whether the current phase opens voting. */
export async function mapState(db: Kysely<Database>, component: ComponentRow, detail: ProcessDetail): Promise<{ map: OpinionMapRow; open: boolean }> {
  const map = (await findMap(db, component.id)) ?? defaultMap(component.id);
  const open = !detail.closed && isActionEnabled(opinionMapSpec, component, detail.current, 'vote');
  return { map, open };
}
