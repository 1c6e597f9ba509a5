import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

/*
 * Lib boundaries (docs/table-ownership.md): code outside a lib reaches it only through its index,
 * `@kepu/<lib>`; never `@kepu/<lib>/some/file`, never a relative path into `libs/<lib>/src`. Inside a
 * lib, its own files are imported relatively and the other libs through their indexes.
 * `no-restricted-imports` keeps one set of options per file (the last block that matches wins), so
 * every block below lists all the restrictions for its files.
 */
const LIBS = readdirSync(join(import.meta.dirname, 'libs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const DEEP_IMPORT = {
  regex: '^@kepu/[^/]+/',
  message: "Import another lib only through its index, '@kepu/<lib>'; export what you need from its src/index.ts.",
};
const RELATIVE_INTO_A_LIB = {
  regex: '^(\\.\\./)+libs/[^/]+/src(/|$)',
  message: "Import a lib through its index, '@kepu/<lib>', not by a relative path into its src.",
};
/** Inside lib `name`: a relative path that climbs out of it into another lib's src. */
const intoAnotherLib = (name) => ({
  regex: `^(\\.\\./)+(libs/)?(?!${name}/)[\\w-]+/src(/|$)`,
  message: "Import another lib through its index, '@kepu/<lib>', not by a relative path into its src.",
});
const boundaries = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/*
 * Tests that reach into a lib's internals on purpose, each for a reason the index should not carry:
 * - identity/tokens.service: TokensService.startSession signs a test account in without the SMS or
 *   password flow (tested on its own); no other lib may start sessions, so the index leaves it out.
 * - booking/bookings/waitlist: the waitlist fairness test runs Waitlist.promote inside its own
 *   transaction between random steps, the one way to probe promotion at an exact moment.
 * - booking/booking-personal-data: the saved-visitors test calls the holder's export and erase
 *   directly, without the whole account-data flow around them.
 * - search/shared-answers.store: the search cache test checks how many answers the trim drops,
 *   which the scheduled job that calls it does not report.
 */
const TEST_ONLY_DEEP_IMPORTS = [
  'identity/tokens\\.service',
  'booking/bookings/waitlist',
  'booking/booking-personal-data',
  'search/shared-answers\\.store',
];

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
  // Lib boundaries: first for everything (apps, tests, migrations), then narrower blocks that replace it.
  { rules: boundaries(DEEP_IMPORT, RELATIVE_INTO_A_LIB) },
  ...LIBS.map((name) => ({
    files: [`libs/${name}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: `@kepu/${name}`, message: `Inside libs/${name}, import its own files by relative path.` }],
          patterns: [DEEP_IMPORT, RELATIVE_INTO_A_LIB, intoAnotherLib(name)],
        },
      ],
    },
  })),
  {
    // The browser bundle cannot load a lib's index (it pulls in Nest, TypeORM and Node built-ins), so
    // the web app imports no `@kepu/...` at all. It shares exactly three dependency-free files of
    // core's privacy rules with the API, by relative path, so a visitor's form checks ID numbers and
    // documents with the same code the server does; they are imported one by one, not through a
    // barrel, so a page that needs only the document types does not load the ID checks.
    files: ['apps/web/src/**'],
    rules: boundaries(
      { regex: '^@kepu/', message: 'The browser bundle cannot import a lib; see eslint.config.mjs.' },
      {
        regex: '^(\\.\\./)+libs/(?!core/src/privacy/(id-number|identity-document|document-types)$)',
        message: 'The web app shares only core/src/privacy/{id-number,identity-document,document-types} with the API.',
      },
    ),
  },
  {
    // Migrations are loaded by core's data source options (core's index imports them), so they cannot
    // import core's index back; the one helper they need, the key for sealing data already stored,
    // is imported by its path.
    files: ['migrations/**'],
    rules: boundaries(DEEP_IMPORT, {
      regex: '^(\\.\\./)+libs/(?!core/src/privacy/migration-cipher$)',
      message: "Migrations import only core's migration-cipher from the libs.",
    }),
  },
  {
    files: ['test/**'],
    rules: boundaries(
      {
        regex: `^@kepu/(?!(${TEST_ONLY_DEEP_IMPORTS.join('|')})$)[^/]+/`,
        message: DEEP_IMPORT.message + ' Tests may reach in only where eslint.config.mjs says why.',
      },
      RELATIVE_INTO_A_LIB,
    ),
  },
  // Last, so formatting (including Vue template layout) stays Prettier's.
  prettier,
);
