import { Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Metrics, InjectConfig } from '@kepu/core';
import { CircuitBreaker } from './search-breaker';
import { searchConfig, SearchSettings } from './search.config';

export class MeiliError extends Error {
  override readonly name = 'MeiliError';

  constructor(
    message: string,
    /** Meilisearch's HTTP status; none when it did not answer (unreachable, timed out, breaker open). */
    readonly status?: number,
    readonly timedOut = false,
  ) {
    super(message);
  }

  /** Meilisearch could not answer, as opposed to refusing a request as malformed. */
  get isOutage(): boolean {
    return this.status === undefined || this.status >= 500;
  }
}

/** A search not sent: the circuit breaker is open. */
export class MeiliSkipped extends MeiliError {}

/** How long a health check (the breaker's probe, `GET /health`) waits for Meilisearch. */
const HEALTH_TIMEOUT_MS = 500;

interface Task {
  taskUid?: number;
  uid?: number;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: { message: string; code: string };
}

/**
 * The Meilisearch REST API, through fetch: the few calls Kepu makes, with the master key and a
 * timeout on each. Writes return a task; `waitFor` blocks until Meilisearch has applied it.
 * Searches go through one circuit breaker per process (docs/search.md).
 */
@Injectable()
export class MeiliClient implements OnApplicationShutdown {
  readonly breaker: CircuitBreaker;

  constructor(
    @InjectConfig(searchConfig) private readonly settings: SearchSettings,
    metrics: Metrics,
  ) {
    const opened = metrics.counter({
      name: 'kepu_search_breaker_opened_total',
      help: 'Times search stopped asking Meilisearch after it failed',
    });
    const breaker = new CircuitBreaker(
      () => this.health(),
      () => opened.inc(),
    );
    metrics.gauge({
      name: 'kepu_search_breaker_open',
      help: '1 while search answers from Postgres because Meilisearch failed',
      collect() {
        this.set(breaker.isOpen ? 1 : 0);
      },
    });
    this.breaker = breaker;
  }

  onApplicationShutdown(): void {
    this.breaker.stopProbing();
  }

  /** Resolves when Meilisearch says it is up within half a second; a MeiliError otherwise. */
  async health(): Promise<void> {
    await this.request('GET', '/health', undefined, HEALTH_TIMEOUT_MS);
  }

  /** Every index name carries the configured prefix (tests give each file its own). */
  indexName(base: string): string {
    return `${this.settings.indexPrefix}${base}`;
  }

  /**
   * A search a person waits for: at once a MeiliError while the breaker is open, else within the
   * configured search timeout; outages count towards opening it.
   */
  async search<T>(index: string, body: object): Promise<T> {
    if (this.breaker.isOpen) throw new MeiliSkipped('Meilisearch skipped while the circuit breaker is open');
    try {
      const answer = await this.request<T>('POST', `/indexes/${index}/search`, body, this.settings.timeoutMs);
      this.breaker.succeeded();
      return answer;
    } catch (error) {
      if (error instanceof MeiliError && error.isOutage) this.breaker.failed(error.message);
      throw error;
    }
  }

  async request<T>(method: string, path: string, body?: unknown, timeoutMs = 5_000): Promise<T> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.settings.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${this.settings.masterKey}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new MeiliError(`Meilisearch unreachable: ${(error as Error).message}`, undefined, timedOut);
    }
    if (!response.ok) {
      throw new MeiliError(`Meilisearch ${method} ${path}: ${response.status} ${text.slice(0, 500)}`, response.status);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Sends a write and waits until it has succeeded; a failed task throws. */
  async write(method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<void> {
    const task = await this.request<Task>(method, path, body);
    await this.waitFor(task.taskUid as number, timeoutMs);
  }

  async waitFor(taskUid: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
      const task = await this.request<Task>('GET', `/tasks/${taskUid}`);
      if (task.status === 'succeeded') return;
      if (task.status === 'failed' || task.status === 'canceled') {
        throw new MeiliError(
          `Meilisearch task ${taskUid} ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`,
        );
      }
      if (Date.now() > deadline) throw new MeiliError(`Meilisearch task ${taskUid} still ${task.status}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** One client, so one breaker, per process: search, events and outreach share it, and health reads it. */
@Global()
@Module({ providers: [MeiliClient], exports: [MeiliClient] })
export class MeiliModule {}
