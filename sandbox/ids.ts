import { randomInt } from 'node:crypto';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` cryptographically random characters of `[A-Za-z0-9]`. */
export function randomBase62(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += BASE62[randomInt(BASE62.length)];
  return out;
}

/** A new API key: `ck_live_` followed by 32 random base62 characters. */
export function newApiKey(): string {
  return `ck_live_${randomBase62(32)}`;
}

/** A new opaque id such as `prj_3kF9…`, with the given prefix. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBase62(14)}`;
}

/** The current time as an ISO-8601 UTC string with a `Z` suffix. */
export function nowIso(now: number = Date.now()): string {
  return new Date(now).toISOString();
}
