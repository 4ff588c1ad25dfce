import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { projectDefines } from './scripts/project-defines';
import { pageLabels } from './scripts/vite-page-labels';
import { OUTLINE_LABEL_KEYS } from './src/content-scripts/shared/outline/highlight';

export default defineConfig({
  plugins: [WxtVitest(), pageLabels(OUTLINE_LABEL_KEYS)],
  define: projectDefines(),
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
});
