import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Sized for a busy 2-core machine: tests that spawn builds and CLIs take several
    // times longer when other work runs beside them; a hung test still fails.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Browser and build tests start processes; two workers suit a 2-core machine.
    maxWorkers: 2,
  },
});
