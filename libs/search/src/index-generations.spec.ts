import { IndexGenerations } from './index-generations';
import { IndexGenerationsStore } from './index-generations.store';

/** A store whose reads answer when the test says, with the generation it says. */
function controlledStore() {
  const pending: ((generation: number) => void)[] = [];
  const store = {
    all: jest.fn(
      () => new Promise((resolve) => pending.push((generation) => resolve(new Map([['resources', generation]])))),
    ),
  } as unknown as IndexGenerationsStore;
  return { store, answer: (generation: number) => pending.shift()!(generation), queries: () => pending.length };
}

describe('reading index generations', () => {
  it('shares queries, yet never gives a caller a query begun before it asked', async () => {
    const db = controlledStore();
    const generations = new IndexGenerations(db.store);
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
    expect(db.store.all).toHaveBeenCalledTimes(2);
  });

  it('says 0 for an index that never changed, and lets a failed query fail only its callers', async () => {
    const store = {
      all: jest.fn().mockRejectedValueOnce(new Error('Postgres is down')).mockResolvedValueOnce(new Map()),
    } as unknown as IndexGenerationsStore;
    const generations = new IndexGenerations(store);
    await expect(generations.current('resources')).rejects.toThrow('Postgres is down');
    expect(await generations.current('resources')).toBe(0);
  });
});
