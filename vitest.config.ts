import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// The Preact plugin from wxt.config.ts is not seen by vitest: it is added again here.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
