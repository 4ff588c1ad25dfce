import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { META_HOST_PATTERNS } from './src/core/hosts';

// Only Meta's hosts: the content script, cookies and badge need nothing else.
export default defineConfig({
  srcDir: 'src',
  // A separate output folder per concurrent checkout or worker (OBJECTOR_OUT) keeps builds from clobbering tests.
  outDir: process.env.OBJECTOR_OUT ?? '.output',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'cookies', 'alarms'],
    host_permissions: [...META_HOST_PATTERNS],
    action: { default_title: '__MSG_extName__' },
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
