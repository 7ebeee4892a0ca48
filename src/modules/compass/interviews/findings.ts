import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { AppDeps, CurrentUser } from '../../../platform/context.ts';
import { publishStatistic, type PublishedValue } from '../../../platform/statistics/index.ts';
import { stakeholderGroups, type StakeholderGroup } from '../groups.ts';
import { analyseInterviews, type Analysis, type Quote } from './analysis.ts';
import { flattenTree, codeTree, listCodes, listInterviews, listSegments } from './interview-queries.ts';

/** The published summary: what the public page and the API show. */
export interface Findings {
  publishedAt?: string;
  interviews: Record<StakeholderGroup, PublishedValue>;
  codes: { id: string; depth: number; name: { fr: string; en: string }; frequencies: Record<StakeholderGroup, PublishedValue> }[];
  quotes: Record<string, { group: StakeholderGroup; text: string }[]>;
}

/** Reads the interviews, codebook and segments and analyses them (for the admins' page and for publishing). */
export async function currentAnalysis(db: Kysely<Database>): Promise<{ analysis: Analysis; codes: Awaited<ReturnType<typeof listCodes>> }> {
  const [interviews, codes, segments] = await Promise.all([listInterviews(db), listCodes(db), listSegments(db)]);
  return { analysis: analyseInterviews({ interviews, codes, segments }), codes };
}

/**
 * Publishes the analysis: counts of interviews per group and code go through the privacy engine
 * (fewer than 5 shown as such); quotes come only from interviews whose consent allows it, with the
 * group but neither pseudonym nor role. The snapshot is kept, so later coding changes nothing public
 * until the next publication.
 */
export async function publishFindings(deps: AppDeps, admin: CurrentUser): Promise<void> {
  const { analysis, codes } = await currentAnalysis(deps.db);
  const ordered = flattenTree(codeTree(codes));
  const tables = {
    interviews: { cells: analysis.interviews },
    ...Object.fromEntries(ordered.map(({ code }) => [`code:${code.id}`, { cells: analysis.frequencies.get(code.id)! }])),
  };
  const { statistic } = await publishStatistic(deps, { dataset: { key: 'compass:interviews' }, description: 'Interviews per stakeholder group, and per code', tables });
  const strip = (list: Quote[]) => list.map((q) => ({ group: q.group, text: q.text }));
  const findings: Findings = {
    interviews: statistic.tables.interviews.cells as Record<StakeholderGroup, PublishedValue>,
    codes: ordered.map(({ code, depth }) => ({ id: code.id, depth, name: { fr: code.name_fr, en: code.name_en }, frequencies: statistic.tables[`code:${code.id}`].cells as Record<StakeholderGroup, PublishedValue> })),
    quotes: Object.fromEntries(Object.entries(analysis.quotes).map(([k, v]) => [k, strip(v)])),
  };
  await deps.db.transaction().execute(async (trx) => {
    const id = randomUUID();
    await trx.insertInto('compass_analysis_release').values({ id, body: JSON.stringify(findings), published_by: admin.id, published_at: new Date().toISOString() }).execute();
    await recordAudit(trx, { userId: admin.id }, 'compass.findings.publish', { type: 'compass_analysis_release', id });
  });
}

/** The latest published interview analysis, or null. */
export async function latestFindings(db: Kysely<Database>): Promise<Findings | null> {
  const row = await db.selectFrom('compass_analysis_release').select(['body', 'published_at']).orderBy('published_at', 'desc').limit(1).executeTakeFirst();
  return row ? { ...(JSON.parse(row.body) as Findings), publishedAt: row.published_at } : null;
}

