import { IDLE_THRESHOLD_MINUTES, type Settings } from '../storage';
import { pollScale } from './poll-cadence';

/** Minutes between two heartbeats (`POST /api/timer/heartbeat`) while a timer runs and the person is active. */
export const HEARTBEAT_MINUTES = 4;

/** The shortest idle detection interval Chrome accepts (s): `chrome.idle` rejects less than 15. */
export const MIN_DETECTION_SECONDS = 15;

/** The idle detection interval while idle detection is off (s): Chrome's own default. */
export const DEFAULT_DETECTION_SECONDS = 60;

/**
 * This build's test scale: 1, or the test-only `WXT_TEST_POLL_SCALE` (see `pollScale`), which
 * also shortens the heartbeat period and the idle threshold so end-to-end tests need not wait
 * minutes. Never below Chrome's 15-second minimum for idle detection.
 */
export const TEST_SCALE = pollScale(import.meta.env.WXT_TEST_POLL_SCALE);

/** The idle threshold in whole minutes within {@link IDLE_THRESHOLD_MINUTES} (a stored value out of range, or not a number, gives the fallback). */
export function thresholdMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return IDLE_THRESHOLD_MINUTES.fallback;
  return Math.min(IDLE_THRESHOLD_MINUTES.max, Math.max(IDLE_THRESHOLD_MINUTES.min, Math.round(minutes)));
}

/**
 * How long without input makes the computer "idle" for the extension, in seconds (pure): the
 * person's idle threshold while idle detection is on, else Chrome's default of 60 s; times
 * `scale`, and never under Chrome's minimum of 15 s. Used for `idle.setDetectionInterval` and
 * for the heartbeat's `idle.queryState`, so both see the same state.
 */
export function detectionIntervalSeconds(settings: Pick<Settings, 'idleDetection' | 'idleThresholdMinutes'>, scale: number): number {
  const seconds = settings.idleDetection ? thresholdMinutes(settings.idleThresholdMinutes) * 60 : DEFAULT_DETECTION_SECONDS;
  return Math.max(MIN_DETECTION_SECONDS, Math.round(seconds * scale));
}

/** The time between two heartbeats (ms), times `scale`. */
export function heartbeatPeriodMs(scale: number): number {
  return HEARTBEAT_MINUTES * 60_000 * scale;
}
