import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    mockReset: true,
    restoreMocks: true,
    include: ['**/__tests__/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'e2e/**', '.output/**', '.wxt/**'],
    setupFiles: ['./vitest.setup.ts'],
  },
});
