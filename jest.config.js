/** One run for unit tests (next to the code) and e2e tests (test/e2e) against real Postgres and Meilisearch. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': swc },

  moduleNameMapper: {
    '^@kepu/(core|runtime)$': '<rootDir>/libs/$1/src',
    '^@kepu/(core|runtime)/(.*)$': '<rootDir>/libs/$1/src/$2',
    '^@kepu/migrations$': '<rootDir>/migrations',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30_000,
};
