import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { OptionsPage } from '../pages/options';
import type { SandboxAdmin } from './sandbox-admin';

/** The start of the alert the popup and options page show for a revoked key. */
export const revokedText = (key: string) => `Your ClockMe key ending in …${key.slice(-4)} was revoked`;

/**
 * Saves `key` on a newly opened options page and waits until ClockMe has answered every request
 * the save made, so a fault or revocation armed next meets only later requests.
 */
export async function connectInOptions(openExtensionPage: (file: 'options.html') => Promise<Page>, sandbox: SandboxAdmin, key: string): Promise<OptionsPage> {
  const options = new OptionsPage(await openExtensionPage('options.html'));
  await options.keyEntry.submit(key);
  await expect(options.keyEntry.status).toContainText('Connected');
  await expect.poll(() => sandbox.unanswered({ key })).toBe(0);
  return options;
}
