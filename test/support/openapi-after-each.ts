import { appendFileSync } from 'node:fs';
import { takeResponseViolations } from './openapi-responses';

/** Fails the test whose requests got answers the OpenAPI document does not describe. */
afterEach(() => {
  const violations = takeResponseViolations();
  if (!violations.length) return;
  if (process.env.OPENAPI_SURVEY) return appendFileSync(process.env.OPENAPI_SURVEY, violations.join('\n') + '\n');
  throw new Error(`Answers the OpenAPI document does not describe:\n${violations.join('\n')}`);
});
