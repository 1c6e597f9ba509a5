import { AppError } from '../errors/app-error';
import { FileErrors } from './file-errors';

/**
 * Bounds how many files this process unpacks at once: a burst waits its turn in a short queue,
 * and past that is refused with 429 instead of taking the process's memory.
 */
export class ParseGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running++;
    else if (this.waiting.length >= this.maxWaiting) {
      throw new AppError(FileErrors.UPLOAD_BUSY, { retryAfterSeconds: 5 });
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
