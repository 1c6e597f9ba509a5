import fc from 'fast-check';
import { pathWithin } from './region-tree.service';

/**
 * A random region tree as the regions table stores it: each region's path is its parent's path,
 * `/`, its code. Codes are short and share prefixes (1, 11, 112), as 4403 and 440305 do.
 */
const tree = fc
  .uniqueArray(fc.stringMatching(/^[12]{1,3}$/), { minLength: 1, maxLength: 12 })
  .chain((codes) =>
    fc.tuple(
      fc.constant(codes),
      fc.tuple(...codes.map((_, i) => (i ? fc.option(fc.nat({ max: i - 1 }), { nil: null }) : fc.constant(null)))),
    ),
  )
  .map(([codes, parents]) => {
    const paths: string[] = [];
    codes.forEach((code, i) => (paths[i] = parents[i] === null ? code : `${paths[parents[i] as number]}/${code}`));
    return { codes, parents, paths };
  });

describe('region containment', () => {
  it('holds exactly for a region itself and its descendants, however the codes share prefixes', () => {
    fc.assert(
      fc.property(tree, ({ codes, parents, paths }) => {
        /** A region and every region above it, by following parents. */
        const lineage = (i: number): number[] => [i, ...(parents[i] === null ? [] : lineage(parents[i] as number))];
        codes.forEach((_, inner) =>
          codes.forEach((_, outer) =>
            expect(pathWithin(paths[inner], paths[outer])).toBe(lineage(inner).includes(outer)),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});
