import { Logger } from '@nestjs/common';

/** Failed calls in a row after which search stops asking Meilisearch (docs/search.md, "The circuit breaker"). */
export const FAILURES_TO_OPEN = 3;
/** How often an open breaker asks whether Meilisearch is back. */
export const PROBE_EVERY_MS = 1_000;

/**
 * A circuit breaker: closed, calls go through and a run of failures opens it; open, calls fail at
 * once (their callers answer from Postgres) while a probe in the background asks every second
 * whether the dependency is back, and closes it when it is. No half-open trial with a person's
 * request: the probe takes that risk.
 */
export class CircuitBreaker {
  private readonly logger = new Logger('SearchBreaker');
  private failures = 0;
  private probing?: NodeJS.Timeout;

  constructor(
    /** Resolves when the dependency answers, rejects when it does not. */
    private readonly probe: () => Promise<unknown>,
    private readonly onOpen: () => void,
    private readonly failuresToOpen = FAILURES_TO_OPEN,
    private readonly probeEveryMs = PROBE_EVERY_MS,
  ) {}

  get isOpen(): boolean {
    return this.probing !== undefined;
  }

  succeeded(): void {
    this.failures = 0;
  }

  failed(reason: string): void {
    if (this.isOpen || ++this.failures < this.failuresToOpen) return;
    this.onOpen();
    this.logger.warn(`Meilisearch failed ${this.failures} times in a row (${reason}): search answers from Postgres`);
    let asking = false;
    this.probing = setInterval(() => {
      if (asking) return;
      asking = true;
      this.probe()
        .then(() => {
          this.stopProbing();
          this.logger.log('Meilisearch answers again: search uses it');
        })
        .catch(() => undefined)
        .finally(() => (asking = false));
    }, this.probeEveryMs).unref();
  }

  /** Closes it: the dependency answered, or the process is shutting down. */
  stopProbing(): void {
    clearInterval(this.probing);
    this.probing = undefined;
    this.failures = 0;
  }
}
