import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import { layersConfig } from './eslint.layers.js';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'public/**', 'bench/results/**', 'bench/.dist/**', '.scratch/**', 'test-results/**', 'playwright-report/**', 'server/data/**', 'server/build/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'API text must render as text.' },
      ],
    },
  },
  {
    // Playwright fixtures call their callback `use`; it is not a React hook.
    files: ['tests/e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  layersConfig,
  {
    // Accessibility of the JSX itself (issue #19): the recommended rules of eslint-plugin-jsx-a11y.
    // Its peer range stops at ESLint 9; package.json's "overrides" lets it run on ESLint 10,
    // which it does (it uses only context APIs ESLint 10 still has).
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable table wrapper is a labelled region that must take focus to be scrolled by
      // keyboard (axe: scrollable-region-focusable), and role="application" (the map) owns its keys:
      // both join the plugin's tabpanel default.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region', 'application'], allowExpressionValues: true }],
    },
  },
  {
    // Small files, small functions (DEVELOPERS.md): generated data is not code and is not linted here.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'mocks/**/*.ts', 'tests/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  {
    // describe() blocks are lists of tests, not functions that do one thing.
    files: ['tests/**/*.{ts,tsx}', 'server/tests/**/*.ts'],
    rules: { 'max-lines-per-function': 'error' },
  },
  {
    // Being reworked in the search issue (#18); a warning until that lands, so the two do not collide.
    files: ['src/search/FindCoordinator.tsx'],
    rules: { 'max-lines-per-function': 'warn' },
  },
  // last: turns off the stylistic rules Prettier owns
  prettier,
);
