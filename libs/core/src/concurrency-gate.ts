import { AppError, ErrorDefinition } from './errors/app-error';

/**
 * Bounds how much of one kind of heavy work this process does at once (unpacking uploaded files,
 * searching the Postgres fallback): a burst waits its turn in a short queue, and past that is
 * refused with `busy` (its details say when to retry) instead of taking the process's memory or
 * the database's connections.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
    private readonly busy: ErrorDefinition,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running++;
    else if (this.waiting.length >= this.maxWaiting) {
      throw new AppError(this.busy, { retryAfterSeconds: 5 });
    } else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so `running` never over- or under-counts.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
