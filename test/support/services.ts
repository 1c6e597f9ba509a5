/** Where the run's shared services live; written by global setup, read by every test file. */
export interface TestServices {
  dataDir: string;
  adminUrl: string;
  meiliUrl: string;
  meiliKey: string;
  /** The PERSONAL_DATA_KEY the template's demo data was sealed with: every test file uses it, as a deployment has one key. */
  personalDataKey: string;
}

export const TEMPLATE_DATABASE = 'kepu_template';

export function testServices(): TestServices {
  const raw = process.env.KEPU_TEST_SERVICES;
  if (!raw) throw new Error('KEPU_TEST_SERVICES is not set: run the tests with `npm test` (Jest global setup)');
  return JSON.parse(raw) as TestServices;
}
