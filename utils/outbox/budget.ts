/** The extension sends at most this many requests a minute per key (ClockMe's Free plan allows 60). */
export const REQUESTS_PER_MINUTE = 20;
/**
 * The window the limit applies to, with a second to spare: a request is logged by ClockMe a few
 * ms after the extension counted it, and that delay varies, so counting over 61 s keeps every
 * 60 s span ClockMe sees under the limit.
 */
const WINDOW_MS = 61_000;

/** Requests sent recently and the earliest time the next may go (a 429's `Retry-After`). Times in epoch ms. */
export interface BudgetState {
  /** The masked key the times belong to; another key starts afresh. */
  maskedKey: string | null;
  /** Send times within the last minute, oldest first. */
  sent: number[];
  /** Nothing is sent before this (ms); 0 for no hold. */
  holdUntil: number;
}

export const EMPTY_BUDGET: BudgetState = { maskedKey: null, sent: [], holdUntil: 0 };

/**
 * When the next request may be sent (pure): now, or later if a hold is in force or
 * {@link REQUESTS_PER_MINUTE} requests went out in the last 61 s (then: when the oldest of them
 * leaves the window). A sliding window, so no 60 s span ever holds more than the limit.
 */
export function nextSendAt(state: BudgetState, now: number): number {
  const recent = state.sent.filter((at) => at > now - WINDOW_MS);
  const windowFreeAt = recent.length < REQUESTS_PER_MINUTE ? now : recent[recent.length - REQUESTS_PER_MINUTE]! + WINDOW_MS;
  return Math.max(now, state.holdUntil, windowFreeAt);
}

/** The state after a request was sent at `now` (pure); times older than the window are dropped. */
export function recordSend(state: BudgetState, now: number): BudgetState {
  return { ...state, sent: [...state.sent.filter((at) => at > now - WINDOW_MS), now] };
}
