import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import type { FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { processParticipation } from './participation.ts';
import { loadProcessDetail } from './queries.ts';
import type { ProcessRow } from './types.ts';
import { AdminProcessPage } from './views/admin-process-page.tsx';

/** Renders a process's admin page, with what people contributed so it offers "delete" only when nothing depends on it. */
export async function renderAdminProcessPage(c: Context<AppEnv>, process: ProcessRow, addForm: FormState, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [detail, held] = await Promise.all([loadProcessDetail(db, process), processParticipation(db, c.var.deps.modules, process.id)]);
  return c.html(<AdminProcessPage ctx={pageContext(c)} detail={detail} addForm={addForm} types={c.var.deps.modules} held={held} />, status);
}
