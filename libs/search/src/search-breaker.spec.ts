import { Logger } from '@nestjs/common';
import { CircuitBreaker } from './search-breaker';

describe('the circuit breaker around Meilisearch', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const breakerWith = (probe: () => Promise<unknown>) => {
    const opened = jest.fn();
    return { breaker: new CircuitBreaker(probe, opened, 3, 1_000), opened };
  };

  it('opens after three failures in a row, not after failures a success interrupted', () => {
    const { breaker, opened } = breakerWith(() => Promise.resolve());
    breaker.failed('timeout');
    breaker.failed('timeout');
    breaker.succeeded();
    breaker.failed('timeout');
    breaker.failed('timeout');
    expect(breaker.isOpen).toBe(false);
    breaker.failed('timeout');
    expect([breaker.isOpen, opened.mock.calls.length]).toEqual([true, 1]);
    breaker.failed('timeout'); // already open: not opened again
    expect(opened).toHaveBeenCalledTimes(1);
    breaker.stopProbing();
  });

  it('probes every second while open, one probe at a time, and closes when one succeeds', async () => {
    let answer: (() => void) | undefined;
    const probe = jest.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    const { breaker } = breakerWith(probe);
    for (let i = 0; i < 3; i++) breaker.failed('unreachable');
    await jest.advanceTimersByTimeAsync(999);
    expect(probe).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(probe).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(5_000); // the first probe still waits: no second one
    expect([probe.mock.calls.length, breaker.isOpen]).toEqual([1, true]);
    answer!();
    await jest.advanceTimersByTimeAsync(0);
    expect(breaker.isOpen).toBe(false);
    // Closed afresh: it takes three new failures to open again.
    breaker.failed('timeout');
    expect(breaker.isOpen).toBe(false);
  });

  it('stays open while the probe fails', async () => {
    const probe = jest.fn(() => Promise.reject(new Error('still hung')));
    const { breaker } = breakerWith(probe);
    for (let i = 0; i < 3; i++) breaker.failed('timeout');
    await jest.advanceTimersByTimeAsync(3_000);
    expect([probe.mock.calls.length, breaker.isOpen]).toEqual([3, true]);
    breaker.stopProbing();
    await jest.advanceTimersByTimeAsync(3_000);
    expect([probe.mock.calls.length, breaker.isOpen]).toEqual([3, false]);
  });
});
