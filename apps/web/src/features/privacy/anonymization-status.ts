import type { AnonymizationStatus } from './types';

/** How often the status is asked for while a run is queued or in progress. */
export const STATUS_POLL_MS = 2_000;

/** Poll while a run is under way, stop once it is done (react-query's `refetchInterval`). */
export function statusPollInterval(status: AnonymizationStatus | undefined): number | false {
  return status?.running ? STATUS_POLL_MS : false;
}

/** The status as it was when the person clicked "Run now". */
export type RunStartedFrom = Pick<AnonymizationStatus, 'lastRunAt'>;

/**
 * How many bookings the run the person started processed, once the status shows it done: nothing is
 * running and a run finished after the click (the last run's time moved). Null until then, and when no
 * run was started here.
 */
export function finishedRunProcessed(startedFrom: RunStartedFrom | null, status: AnonymizationStatus | undefined): number | null {
  if (!startedFrom || !status || status.running) return null;
  if (status.lastRunAt === null || status.lastRunAt === startedFrom.lastRunAt) return null;
  return status.lastRunProcessed ?? 0;
}
