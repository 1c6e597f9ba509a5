import type { EntityManager } from 'typeorm';

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads through one manager: together when it draws from the pool, one after
 * another when it is a transaction's, whose single connection takes one query at a time (pg
 * warns about overlapping queries today and refuses them from pg 9).
 */
export async function queriesOn<T extends readonly (() => Promise<unknown>)[] | []>(
  manager: EntityManager,
  queries: T,
): Promise<Results<T>> {
  if (!manager.queryRunner) return (await Promise.all(queries.map((query) => query()))) as Results<T>;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as Results<T>;
}
