import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension in Debian's Chromium, against a sandbox started on a
 * free port by `e2e/global-setup.ts`. Run through `npm run test:e2e`, which provides an X display
 * (Xvfb) when there is none, for the real keyboard-shortcut tests.
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  fullyParallel: true,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: { trace: 'on-first-retry' },
  projects: [
    { name: 'pages', testIgnore: /\/(shortcut[^/]*|key-canary)\.spec\.ts$/ },
    // Real key presses go to whichever window has X focus, so these run alone, after the rest
    // (the canary key test presses the shortcuts too).
    { name: 'shortcuts', testMatch: /\/(shortcut[^/]*|key-canary)\.spec\.ts$/, dependencies: ['pages'], fullyParallel: false, workers: 1 },
  ],
});
