import fc from 'fast-check';
import { nestsDeeperThan } from './json-depth';

/** How many containers deep a value nests, counted the obvious (recursive) way. */
const depth = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;

describe('nestsDeeperThan', () => {
  it('agrees with the nesting depth of any JSON value, at any limit', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, limit) => {
        expect(nestsDeeperThan(value, limit)).toBe(depth(value) > limit);
      }),
      { numRuns: 500 },
    );
  });

  it('measures a value far deeper than the stack would allow to recurse into', () => {
    const deep = JSON.parse('['.repeat(4000) + ']'.repeat(4000));
    expect(nestsDeeperThan(deep, 32)).toBe(true);
    expect(nestsDeeperThan(deep, 4000)).toBe(false);
  });
});
