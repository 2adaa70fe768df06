/**
 * Limits of the ClockMe API that the forms respect, so a person is stopped before a request
 * fails. [assumed]: ClockMe publishes no limits; these match the sandbox.
 */

/** Longest timer or entry description, in characters. [assumed] */
export const DESCRIPTION_MAX_LENGTH = 2000;
