import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    // Node code: the API, libs, tools and tests (the web app's own sources run in the browser).
    ignores: ['apps/web/src/**'],
    languageOptions: { globals: { require: 'readonly', process: 'readonly', console: 'readonly', module: 'writable' } },
  },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.vue'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Single-file components: vue-eslint-parser for the template, typescript-eslint's parser for <script lang="ts">.
    files: ['apps/web/**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, sourceType: 'module', extraFileExtensions: ['.vue'] },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Last, so formatting (including Vue template layout) stays Prettier's.
  prettier,
);
