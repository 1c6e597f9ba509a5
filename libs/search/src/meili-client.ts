import { Inject, Injectable } from '@nestjs/common';
import { KEPU_CONFIG, KepuConfig } from '@kepu/core';

export class MeiliError extends Error {
  override readonly name = 'MeiliError';
}

interface Task {
  taskUid?: number;
  uid?: number;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: { message: string; code: string };
}

/**
 * The Meilisearch REST API, through fetch: the few calls Kepu makes, with the master key and a
 * timeout on each. Writes return a task; `waitFor` blocks until Meilisearch has applied it.
 */
@Injectable()
export class MeiliClient {
  constructor(@Inject(KEPU_CONFIG) private readonly config: KepuConfig) {}

  /** Every index name carries the configured prefix (tests give each file its own). */
  indexName(base: string): string {
    return `${this.config.search.indexPrefix}${base}`;
  }

  async request<T>(method: string, path: string, body?: unknown, timeoutMs = 5_000): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.config.search.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${this.config.search.masterKey}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new MeiliError(`Meilisearch unreachable: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok) throw new MeiliError(`Meilisearch ${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
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
