import { fail, insufficientScope, ok, unauthorized, type ApiFailure, type Result } from './errors';
import type { Store } from './store';
import type { Account, KeyRecord, Scope } from './types';

/** The key and account behind an authenticated request. */
export interface AuthContext {
  key: KeyRecord;
  account: Account;
}

/** The token of an `Authorization: Bearer <token>` header, `''` for an empty Bearer, null otherwise. */
export function bearerToken(header: string | null | undefined): string | null {
  if (header === null || header === undefined) return null;
  const match = /^\s*Bearer(?:\s+(\S*))?\s*$/i.exec(header);
  if (!match) return null;
  return match[1] ?? '';
}

/**
 * Checks the raw `Authorization` header: 401 missing_key when absent or empty, 401 invalid_key
 * when malformed or unknown, 401 key_revoked when revoked; otherwise the key and its account.
 */
export function authenticate(store: Store, header: string | null | undefined): Result<AuthContext> {
  if (header === null || header === undefined || header.trim() === '') {
    return fail(unauthorized('missing_key', 'Send your API key as "Authorization: Bearer ck_live_…".'));
  }
  const token = bearerToken(header);
  if (token === '') {
    return fail(unauthorized('missing_key', 'Send your API key as "Authorization: Bearer ck_live_…".'));
  }
  const record = token === null ? undefined : store.findKey(token);
  if (!record) return fail(unauthorized('invalid_key', 'This API key is not valid.'));
  if (record.revoked) return fail(unauthorized('key_revoked', 'This API key has been revoked.'));
  const account = store.getAccount(record.accountId);
  if (!account) return fail(unauthorized('invalid_key', 'This API key is not valid.'));
  return ok({ key: record, account });
}

const RANK: Record<Scope, number> = { read: 0, write: 1, full: 2 };

/** Whether a key with scope `held` may make a request that needs `required`. */
export function scopeAllows(held: Scope, required: Scope): boolean {
  return RANK[held] >= RANK[required];
}

/** null when `held` covers `required`, else the 403 insufficient_scope failure. */
export function checkScope(held: Scope, required: Scope): ApiFailure | null {
  if (scopeAllows(held, required)) return null;
  return insufficientScope(required === 'full' ? 'full' : 'write');
}
