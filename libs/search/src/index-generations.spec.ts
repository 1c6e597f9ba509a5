import { DataSource } from 'typeorm';
import { IndexGenerations } from './index-generations';

/** A data source whose queries answer when the test says, with the generation it says. */
function controlledDatabase() {
  const pending: ((generation: number) => void)[] = [];
  const dataSource = {
    query: jest.fn(
      () =>
        new Promise((resolve) =>
          pending.push((generation) => resolve([{ index: 'resources', generation: String(generation) }])),
        ),
    ),
  } as unknown as DataSource;
  return { dataSource, answer: (generation: number) => pending.shift()!(generation), queries: () => pending.length };
}

describe('reading index generations', () => {
  it('shares queries, yet never gives a caller a query begun before it asked', async () => {
    const db = controlledDatabase();
    const generations = new IndexGenerations(db.dataSource);
    const first = generations.current('resources');
    // Arrive while the first query is under way: it may have missed a change they must see.
    const second = generations.current('resources');
    const third = generations.current('resources');
    expect(db.queries()).toBe(1);
    db.answer(4);
    expect(await first).toBe(4);
    await Promise.resolve();
    expect(db.queries()).toBe(1); // one more query, for both
    db.answer(5);
    expect([await second, await third]).toEqual([5, 5]);
    expect(db.dataSource.query).toHaveBeenCalledTimes(2);
  });

  it('says 0 for an index that never changed, and lets a failed query fail only its callers', async () => {
    const dataSource = {
      query: jest.fn().mockRejectedValueOnce(new Error('Postgres is down')).mockResolvedValueOnce([]),
    } as unknown as DataSource;
    const generations = new IndexGenerations(dataSource);
    await expect(generations.current('resources')).rejects.toThrow('Postgres is down');
    expect(await generations.current('resources')).toBe(0);
  });
});
