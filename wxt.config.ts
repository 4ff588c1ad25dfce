import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { projectDefines } from './scripts/project-defines';
import { noHtmlSinks } from './scripts/vite-no-html-sinks';
import { pageLabels } from './scripts/vite-page-labels';
import { evidenceCss } from './src/catalog/evidence';
import { META_HOST_PATTERNS } from './src/catalog/pages';
import { OUTLINE_LABEL_KEYS } from './src/content-scripts/shared/outline/highlight';

/** The every-page content script's stylesheet: URL evidence announced by the browser (src/catalog/evidence.ts). */
const EVIDENCE_CSS = 'content-scripts/evidence.css';

/**
 * Extension pages (popup, welcome, settings, background) may load only the extension's own files
 * and may not reach the network at all: the "no request of its own" promise, enforced by the browser.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Only Meta's hosts: the content script, cookies and badge need nothing else.
export default defineConfig({
  srcDir: 'src',
  // A separate output folder per concurrent checkout or worker (OBJECTOR_OUT) keeps builds from clobbering tests.
  outDir: process.env.OBJECTOR_OUT ?? '.output',
  publicDir: 'assets/public',
  // MV3 everywhere: Firefox >= 128 grants MV3 host permissions at install, and one manifest shape is easier to audit.
  manifestVersion: 3,
  // The sources zip (for addons.mozilla.org review) holds what rebuilds the package, not local artefacts.
  zip: {
    excludeSources: [
      'demo-screenshots/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      '**/*.tmp.*',
      '**/*.log',
    ],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The bench's baselines (OBJECTOR_BENCH_BASELINE=floor|noop): scripts/bench-<name>.content.ts as the
    // content script of every Meta page, in the same WXT wrapper.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      const baseline = process.env.OBJECTOR_BENCH_BASELINE;
      if (!baseline) return;
      if (!/^[a-z]+$/.test(baseline)) throw new Error(`OBJECTOR_BENCH_BASELINE: not a baseline name: ${baseline}`);
      for (const entry of entrypoints)
        if (entry.name === 'meta') entry.inputPath = resolve(`scripts/bench-${baseline}.content.ts`);
    },
    // How each context reaches the extension APIs: `wxt/browser` everywhere in the code. The background and
    // the extension pages get webextension-polyfill; the content scripts, on every Meta page, the browser's
    // own API (src/content-scripts/shared/browser.ts says why).
    'vite:build:extendConfig': (entrypoints, config) => {
      // The extension pages share two chunks, not a graph of small files that an extension page fetches round
      // after round before its first line runs: what the popup's first reads need (see src/popup/first-view.ts),
      // and what two pages or more use; what one page alone uses stays in that page's own chunk.
      const rollup = config.build?.rollupOptions;
      if (entrypoints.some((e) => e.type === 'popup') && rollup?.output && !Array.isArray(rollup.output)) {
        const reads =
          /preload-helper|wxt-html-plugins|webextension-polyfill|\/src\/(?:popup\/first-view|core\/(?:session|accounts|storage-keys))\.ts$/;
        Object.assign(rollup.output, {
          codeSplitting: {
            groups: [
              { name: 'reads', test: reads, priority: 2 },
              { name: 'pages', test: /\/(?:src\/(?!entrypoints\/)|node_modules\/)/, priority: 1, minShareCount: 2 },
            ],
          },
        });
      }
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const current = config.resolve?.alias ?? [];
      const rest = Array.isArray(current)
        ? current
        : Object.entries(current).map(([find, replacement]) => ({ find, replacement }));
      const alias = [{ find: 'wxt/browser', replacement: resolve('src/content-scripts/shared/browser.ts') }];
      config.resolve = { ...config.resolve, alias: [...alias, ...rest] };
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: EVIDENCE_CSS, contents: evidenceCss() });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.includes('content-scripts/meta.js')) script.css = [...(script.css ?? []), EVIDENCE_CSS];
      }
    },
  },
  vite: () => ({
    plugins: [noHtmlSinks(), pageLabels(OUTLINE_LABEL_KEYS), preact()],
    define: projectDefines(),
    // No modulepreload polyfill: every browser we support preloads modules natively, and the polyfill calls fetch().
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: a store that cannot be read is copied aside before anything else is written, and a
    // long history plus its copy must never hit storage.local's 10 MB quota (README, "Permissions").
    permissions: ['storage', 'unlimitedStorage', 'cookies', 'alarms'],
    host_permissions: [...META_HOST_PATTERNS],
    action: {
      default_title: '__MSG_extName__',
      // Rendered from assets/icon.svg by `npm run icons`; WXT lists the same files as the manifest's icons.
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    },
    // The dev server (`wxt`) needs its own script and socket origins, which WXT adds to the default.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'objector@objector.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
