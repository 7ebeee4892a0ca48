import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { firstImages, type AttachmentView } from '../attachments/index.ts';
import { componentSettingsFor, findProcessById, isActionEnabled, listNeighbourhoods, loadProcessDetail, assertVisibleComponent, assertVisibleProcess } from '../processes/index.ts';
import type { ComponentRow, NeighbourhoodRow, ProcessDetail, ProcessRow } from '../processes/index.ts';
import { findBudget, listProjects, type BudgetRow, type ProjectRow } from './queries.ts';
import { budgetsSpec, type BudgetGlobalSettings } from './settings.ts';

/** A budget with everything its pages and rules need: process, component, settings, projects, whether voting is open. */
export interface BudgetContext {
  budget: BudgetRow;
  component: ComponentRow;
  detail: ProcessDetail;
  settings: BudgetGlobalSettings;
  votingOpen: boolean;
  projects: ProjectRow[];
  /** Each project's first image, by project id: the thumbnail of its ballot card and list row. */
  thumbnails: Map<string, AttachmentView>;
  neighbourhoods: NeighbourhoodRow[];
}

/** Loads a budget; 404 when it does not exist or its process is a draft (or its component unpublished) the person may not see. */
export function loadBudgetContext(db: Kysely<Database>, budgetId: string, user: CurrentUser | null): Promise<BudgetContext> {
  // Drafts answer 404, not 403, so their existence does not leak.
  return readBudgetContext(db, budgetId, (process, component) => {
    assertVisibleProcess(process, user);
    assertVisibleComponent(process, component, user);
  });
}

/** Loads a budget for work the server does on its own behalf (a count an admin asked for, resumed after a restart); 404 when it is gone. */
export function loadBudgetContextForServer(db: Kysely<Database>, budgetId: string): Promise<BudgetContext> {
  return readBudgetContext(db, budgetId, (process) => {
    if (!process) throw notFound();
  });
}

async function readBudgetContext(db: Kysely<Database>, budgetId: string, check: (process: ProcessRow | undefined, component: ComponentRow) => void): Promise<BudgetContext> {
  const budget = await findBudget(db, budgetId);
  if (!budget) throw notFound();
  const component = await db.selectFrom('component').selectAll().where('id', '=', budget.component_id).executeTakeFirst();
  const process = component && (await findProcessById(db, component.process_id));
  if (!component) throw notFound();
  check(process, component);
  if (!process) throw notFound();
  const [detail, projects, neighbourhoods] = await Promise.all([loadProcessDetail(db, process), listProjects(db, budget.id), listNeighbourhoods(db)]);
  const thumbnails = await firstImages(db, 'budget_project', projects.map((p) => p.id));
  const settings = componentSettingsFor(component, detail.current?.id ?? null, budgetsSpec);
  const votingOpen = !detail.closed && isActionEnabled(budgetsSpec, component, detail.current, 'vote');
  return { budget, component, detail, settings: settings.global, votingOpen, projects, thumbnails, neighbourhoods };
}

/** The name of a neighbourhood in the reader's language, or null. */
export function neighbourhoodName(neighbourhoods: NeighbourhoodRow[], id: string | null, locale: 'fr' | 'en'): string | null {
  const n = id ? neighbourhoods.find((x) => x.id === id) : undefined;
  if (!n) return null;
  return locale === 'en' && n.name_en.trim() ? n.name_en : n.name_fr;
}
