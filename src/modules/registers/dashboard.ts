import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { countRefusals } from '../observations/index.ts';
import type { EntryType } from './fields.ts';
import { listAlgorithms, listAllQuestions, listSensors, type AlgorithmRow, type QuestionRow, type SensorRow } from './queries.ts';
import { autonomyLevels } from './vocabulary.ts';

const DAY_MS = 86_400_000;

/** Whole days a question has waited since it was asked. */
export function waitingDays(createdAt: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(createdAt)) / DAY_MS));
}

/** The median of a list of numbers, or null for an empty list. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** What the register dashboard shows. */
export interface RegisterDashboard {
  sensorsInService: number;
  personalSensors: number;
  /** Devices collecting personal or identifiable data, per neighbourhood id ('' when none is set). */
  personalByNeighbourhood: Map<string, number>;
  algorithmsInService: number;
  byAutonomy: Map<string, number>;
  /** Median time from question to answer, in hours; null when nothing was answered yet. */
  medianAnswerHours: number | null;
  openQuestions: { question: QuestionRow; type: EntryType; entry: SensorRow | AlgorithmRow | undefined; days: number }[];
  overdueReviews: { type: EntryType; entry: SensorRow | AlgorithmRow }[];
  /** Observations refused in the last 31 days because their device is not (or no longer) an active register entry. */
  refusedObservations: number;
}

/** Computes the dashboard from three queries (the registers hold at most a few thousand entries). */
export async function loadDashboard(db: Kysely<Database>, now = Date.now()): Promise<RegisterDashboard> {
  const [sensors, algorithms, questions, refusals] = await Promise.all([listSensors(db), listAlgorithms(db), listAllQuestions(db), countRefusals(db, new Date(now - 31 * DAY_MS).toISOString().slice(0, 10))]);
  const liveSensors = sensors.filter((s) => s.status !== 'retired');
  const liveAlgorithms = algorithms.filter((a) => a.status !== 'retired');
  const personal = liveSensors.filter((s) => s.personal_data === 1);
  const personalByNeighbourhood = new Map<string, number>();
  for (const s of personal) personalByNeighbourhood.set(s.neighbourhood_id ?? '', (personalByNeighbourhood.get(s.neighbourhood_id ?? '') ?? 0) + 1);
  const byAutonomy = new Map<string, number>(autonomyLevels.map((l) => [l, 0]));
  for (const a of liveAlgorithms) if (byAutonomy.has(a.autonomy)) byAutonomy.set(a.autonomy, byAutonomy.get(a.autonomy)! + 1);
  const sensorById = new Map(sensors.map((s) => [s.id, s]));
  const algorithmById = new Map(algorithms.map((a) => [a.id, a]));
  const answered = questions.filter((q) => q.answered_at).map((q) => (Date.parse(q.answered_at!) - Date.parse(q.created_at)) / 3_600_000);
  const today = new Date(now).toISOString().slice(0, 10);
  const overdue = (type: EntryType, rows: (SensorRow | AlgorithmRow)[]) => rows.filter((r) => r.review_on && r.review_on < today).map((entry) => ({ type, entry }));
  return {
    sensorsInService: liveSensors.length,
    personalSensors: personal.length,
    personalByNeighbourhood,
    algorithmsInService: liveAlgorithms.length,
    byAutonomy,
    medianAnswerHours: median(answered),
    openQuestions: questions
      // A question hidden by moderation is not waiting for an answer.
      .filter((q) => !q.answered_at && !q.hidden_at)
      .map((question) => {
        const type: EntryType = question.entry_type === 'algorithm' ? 'algorithm' : 'sensor';
        return { question, type, entry: type === 'sensor' ? sensorById.get(question.entry_id) : algorithmById.get(question.entry_id), days: waitingDays(question.created_at, now) };
      }),
    overdueReviews: [...overdue('sensor', liveSensors), ...overdue('algorithm', liveAlgorithms)],
    refusedObservations: refusals.reduce((sum, r) => sum + r.count, 0),
  };
}
