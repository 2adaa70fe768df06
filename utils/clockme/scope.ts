/**
 * What a ClockMe API key may do. [published] clockme.co/developers: read = GET only; write = read
 * plus starting/stopping timers and logging time; full = everything.
 */
export type KeyScope = 'read' | 'write' | 'full';

const RANK: Record<KeyScope, number> = { read: 0, write: 1, full: 2 };

/** True when a key of scope `have` may do what needs `need`. */
export function scopeAllows(have: KeyScope, need: KeyScope): boolean {
  return RANK[have] >= RANK[need];
}

/**
 * The highest scope a key can have, given that ClockMe refused it for lacking `required`
 * (from a `403 insufficient_scope` body's `requiredScope` [assumed]): `write` → `read`, `full` → `write`.
 */
export function scopeBelow(required: KeyScope): KeyScope {
  return required === 'full' ? 'write' : 'read';
}

/** Parses a scope name from ClockMe, or `null`. */
export function parseScope(value: unknown): KeyScope | null {
  return value === 'read' || value === 'write' || value === 'full' ? value : null;
}
