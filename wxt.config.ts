import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GOV_ORIGINS } from './src/page/gov-origins';

// No auto-imports: every dependency is an explicit import the CLI and tests can reuse.
export default defineConfig({
  imports: false,
  srcDir: '.',
  manifest: ({ browser }) => ({
    name: '年报校验 nianbao-lint',
    description: '检查政府信息公开工作年度报告的统计表：勾稽关系、空白单元格、格式版本。数据不离开页面。',
    // activeTab + scripting + storage raise no install-time warning; *.gov.cn is asked for only
    // when the user turns auto-detection on (gov.cn is a public suffix: a static match warns).
    permissions: ['activeTab', 'scripting', 'storage'],
    optional_host_permissions: GOV_ORIGINS,
    action: { default_title: '年报校验：检查本页的政府信息公开工作年度报告' },
    // Firefox identifies an add-on by this id (needed to sign and to keep storage across updates).
    // 140 is the oldest ESR the end-to-end tests run (test/e2e/firefox.test.ts), and the first to
    // read data_collection_permissions (nothing is collected); on Android that key came in 142.
    ...(browser === 'firefox' ? {
      browser_specific_settings: {
        gecko: { id: 'nianbao-lint@nianbao-lint.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    } : {}),
  }),
  hooks: {
    // WXT grants a runtime-registered content script's `matches` as host permissions; ours are
    // optional and asked for only when the user opts in, so no install-time warning appears.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.host_permissions;
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
