import { newApiKey, newId, nowIso } from './ids';
import { seedProjects } from './projects';
import type { Account, KeyRecord, Scope } from './types';

/** Id of the account created at startup (and recreated by a reset); stable across resets. */
export const DEFAULT_ACCOUNT_ID = 'acc_default';

/**
 * In-memory data of the sandbox: isolated accounts (workspace, projects, timer, entries)
 * and the API keys that belong to them.
 */
export class Store {
  private readonly accounts = new Map<string, Account>();
  private readonly keysByValue = new Map<string, KeyRecord>();

  constructor() {
    this.reset();
  }

  /** Wipes every account and key, then recreates the default account (no keys). */
  reset(): void {
    this.accounts.clear();
    this.keysByValue.clear();
    this.createAccount('Sandbox user', DEFAULT_ACCOUNT_ID);
  }

  /** Creates an isolated account with a workspace and the seeded projects, and no timer. */
  createAccount(name?: string, id: string = newId('acc')): Account {
    const accountName = name?.trim() || `Test account ${this.accounts.size + 1}`;
    const account: Account = {
      id,
      name: accountName,
      workspace: { id: newId('ws'), name: `${accountName}'s workspace`, role: 'owner' },
      projects: seedProjects(),
      timer: null,
      entries: [],
    };
    this.accounts.set(id, account);
    return account;
  }

  /** The account with this id, if any. */
  getAccount(accountId: string): Account | undefined {
    return this.accounts.get(accountId);
  }

  /** Issues a new key for an account. The caller checks that the account exists. */
  createKey(accountId: string, scope: Scope, name?: string): KeyRecord {
    const record: KeyRecord = {
      keyId: newId('key'),
      key: newApiKey(),
      accountId,
      scope,
      name: name?.trim() || `${scope[0]?.toUpperCase()}${scope.slice(1)} key`,
      createdAt: nowIso(),
      revoked: false,
    };
    this.keysByValue.set(record.key, record);
    return record;
  }

  /** The record of a key value (revoked keys included), if it was ever issued. */
  findKey(key: string): KeyRecord | undefined {
    return this.keysByValue.get(key);
  }

  /** Revokes a key by its value; false when the key is unknown. */
  revokeKey(key: string): boolean {
    const record = this.keysByValue.get(key);
    if (!record) return false;
    record.revoked = true;
    return true;
  }

  /** Revokes a key of the given account by key id; false when there is no such key. */
  revokeKeyById(accountId: string, keyId: string): boolean {
    const record = this.listKeys(accountId).find((k) => k.keyId === keyId);
    if (!record) return false;
    record.revoked = true;
    return true;
  }

  /** The keys of an account, oldest first (revoked ones included). */
  listKeys(accountId: string): KeyRecord[] {
    return [...this.keysByValue.values()].filter((k) => k.accountId === accountId);
  }
}
