import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
];

// The renderer runs in the page: no Node built-ins, no Electron.
const rendererRuntime = {
  group: ['electron', ...nodeBuiltins, '**/electron/**'],
  message: 'The renderer runs without Node or Electron; call window.dateline through renderer/api.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'test-results',
      'playwright-report',
      '.bench',
      'release',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [rendererRuntime],
        },
      ],
    },
  },
  {
    // renderer/lib/ serves several features, so it must not reach back into any one of them.
    files: ['renderer/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            rendererRuntime,
            {
              group: ['**/features/**'],
              message: 'renderer/lib/ is shared by the features and must not import one of them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every word a user reads comes from the catalogs (renderer/i18n), so it exists in each
    // language: no literal text in components, nor in the attributes a user sees or hears.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{aria-label,title,placeholder,alt}']] } },
      ],
    },
  },
  {
    // shared/ runs in both processes: no Electron, no Node built-ins, no DOM.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins, '**/electron/**', '**/renderer/**'],
              message: 'shared/ must stay importable from Node and the browser alike.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'require',
        'Buffer',
        '__dirname',
      ],
    },
  },
  {
    // Services are plain Node: the CLI, the web host and the unit tests load them without Electron.
    files: ['electron/services/**/*.ts', 'electron/hosts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Services and hosts other than Electron must not import electron.',
            },
          ],
          patterns: [
            {
              group: ['electron/*', '**/renderer/**'],
              message: 'Services must not depend on Electron or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Test support (mocks, sample articles, random documents) and the test libraries stay out of
    // everything that ships. A rule of its own, so the folder boundaries above stay as they are.
    files: ['{shared,electron,renderer,desk,scripts}/**/*.{ts,tsx,mts,js,mjs}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.spec.ts', 'scripts/vitest-global-setup.mjs'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/test-support/**', 'fast-check', 'vitest', 'vitest/*', '@playwright/test'],
              message: 'Only tests may import test support or a test library; this file ships.',
            },
          ],
        },
      ],
    },
  },
);
