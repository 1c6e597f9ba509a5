/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits 0; exits 1 if stopping hangs past the grace
 * period. (Nest's enableShutdownHooks re-raises the signal after closing, which would kill the
 * process before the embedded services are stopped, and reports a clean stop as a crash.)
 */
export function stopOnSignals(stop: (signal: NodeJS.Signals) => Promise<void>, graceMs = 30_000): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), graceMs).unref();
    stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Failed to stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
