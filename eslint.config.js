import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import boundaries: domain ← api ← features ← app. Features do not import each other.
const layer = (name) => `(^|/|@/)${name}(/|$)`;
const restrict = (layers, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ regex: `(${layers.map(layer).join('|')})`, message }] },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'coverage', 'test-results', '.bench', '.wp-harness', '.e2e'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='react-router'] ImportSpecifier[imported.name=/^(Link|NavLink)$/]",
          message: "Links come from '@/components/routing/link': react-router's carry route prefetching the app does not use.",
        },
      ],
    },
  },
  { files: ['src/domain/**'], rules: restrict(['api', 'features', 'app', 'components', 'i18n', 'mocks', '@mocks'], 'domain/ is pure: no I/O, no React, no upper layers.') },
  { files: ['src/api/**'], rules: restrict(['features', 'app', 'components', 'mocks', '@mocks'], 'api/ may import domain/ only.') },
  { files: ['src/components/**', 'src/i18n/**'], rules: restrict(['features', 'app', 'mocks', '@mocks'], 'Shared UI may not import features or the app.') },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `(${['app', 'mocks', '@mocks'].map(layer).join('|')})`, message: 'Features may not import the app or the mocks.' },
            { regex: '^(\\.\\./)+(articles|editor|review|comments|dashboard|auth|settings)(/|$)|^@/features/', message: 'Features do not import each other: move what they share down to domain/, api/ or components/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/app/demo.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/api does I/O.' }],
    },
  },
  { files: ['src/api/**', 'src/app/config.ts'], rules: { 'no-restricted-globals': 'off' } },
  { files: ['public/demo-worker.js'], languageOptions: { globals: globals.serviceworker } },
);
