// ESLint for the server, the web app, the browser tests, the benchmarks and the scripts.
// Not type-aware on purpose: `npm run lint` must stay fast on a 2-core machine; `tsc` already
// checks the types. Import boundaries and cycles are dependency-cruiser's job
// (.dependency-cruiser.cjs), formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'coverage/**', 'node_modules/**', 'test-results/**', 'scratch/**', '.scratch/**'] },
  {
    files: ['src/**/*.ts', 'web/src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.{js,mjs,ts}', 'bin/**/*.js'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter a signature requires but this function does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The classic hook rules only: the plugin's React Compiler rules (static-components, refs,
      // set-state-in-effect, …) compile every component and took ~30 s of the 50 s budget.
      'react-hooks/rules-of-hooks': 'error',
      // A warning, not an error: a few effects and memos are keyed on purpose (e.g. the map on a
      // text of what it shows); each warning still shows in the lint output for review.
      'react-hooks/exhaustive-deps': 'warn',
      // The web app type-checks server schema files, which need the server's ambient declarations.
      '@typescript-eslint/triple-slash-reference': 'off',
    },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      // The browser tests read API answers as loose JSON; the integration tests check their types.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
