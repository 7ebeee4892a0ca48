/** The dates of a phase, as stored: ISO days (YYYY-MM-DD), both ends included. */
export interface PhaseDates {
  id: string;
  position: number;
  starts_on: string;
  ends_on: string;
}

/** Today's date as an ISO day in UTC (phases are whole days, not instants). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The phase running on `today`: the one chosen by hand if it still exists, otherwise
 * the first phase (in order) whose [start, end] contains today, otherwise none.
 */
export function currentPhase<P extends PhaseDates>(phases: P[], manualPhaseId: string | null, today: string = todayIso()): P | null {
  if (manualPhaseId) {
    const chosen = phases.find((p) => p.id === manualPhaseId);
    if (chosen) return chosen;
  }
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  return ordered.find((p) => p.starts_on <= today && today <= p.ends_on) ?? null;
}

/**
 * A process is closed once its last phase has ended, unless an admin chose a current phase by hand
 * (to reopen a vote, or keep a phase running past its dates): then that phase is running and the
 * process is not closed, so a page never says "ended" beside "phase in progress". A process without
 * phases is never closed.
 */
export function isClosed(phases: PhaseDates[], manualPhaseId: string | null, today: string = todayIso()): boolean {
  if (phases.length === 0) return false;
  if (manualPhaseId && phases.some((p) => p.id === manualPhaseId)) return false;
  const lastEnd = phases.reduce((max, p) => (p.ends_on > max ? p.ends_on : max), phases[0].ends_on);
  return lastEnd < today;
}

/** The first start and last end of a process's phases, or null without phases. */
export function processSpan(phases: PhaseDates[]): { startsOn: string; endsOn: string } | null {
  if (phases.length === 0) return null;
  let startsOn = phases[0].starts_on;
  let endsOn = phases[0].ends_on;
  for (const p of phases) {
    if (p.starts_on < startsOn) startsOn = p.starts_on;
    if (p.ends_on > endsOn) endsOn = p.ends_on;
  }
  return { startsOn, endsOn };
}
