import NodeEnvironment from 'jest-environment-node';

/**
 * Jest's node environment, plus a quick exit for the worker process once nothing is left to run.
 * When Jest ends a worker, the worker's event loop empties and Node then tears down its heap and
 * thread pool at leisure; with a Nest app, Postgres clients and Chromium loaded that took longer
 * than the 500 ms Jest waits, so Jest killed it and printed "a worker process has failed to exit
 * gracefully". `beforeExit` fires only when no handle is left, so a real leak (an open socket, a
 * timer) still keeps the worker alive and still gets that warning (docs/testing.md).
 */
process.once('beforeExit', (code) => process.exit(code));

export default NodeEnvironment;
