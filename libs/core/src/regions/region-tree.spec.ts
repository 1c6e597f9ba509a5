import fc from 'fast-check';
import { RegionStore } from './region.store';
import { pathWithin, RegionTree } from './region-tree.service';

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

describe('RegionTree', () => {
  const rows = [
    { code: '440000', name: '广东省', level: 'province', path: '440000' },
    { code: '440300', name: '深圳市', level: 'city', path: '440000/440300' },
    { code: '440305', name: '南山区', level: 'district', path: '440000/440300/440305' },
    { code: '440300-DP', name: '大鹏新区', level: 'functional_area', path: '440000/440300/440300-DP' },
    { code: '440100', name: '广州市', level: 'city', path: '440000/440100' },
    { code: '440106', name: '天河区', level: 'district', path: '440000/440100/440106' },
  ] as const;
  const tree = () => new RegionTree({ tree: async () => [...rows] } as unknown as RegionStore);

  it('knows each level, and none for a code it does not hold', async () => {
    const regions = tree();
    expect(await regions.levelOf('440300-DP')).toBe('functional_area');
    expect(await regions.levelOf('440300')).toBe('city');
    expect(await regions.levelOf('999999')).toBeUndefined();
  });

  it('names the regions above and below a city, and not its neighbours', async () => {
    expect((await tree().namesInLine('440300')).sort()).toEqual(['南山区', '大鹏新区', '广东省', '深圳市'].sort());
    expect(await tree().namesInLine('999999')).toEqual([]);
  });
});

describe('a region broken down for the figures', () => {
  const rows = [
    { code: '440000', name: '广东省', level: 'province', path: '440000' },
    { code: '440300', name: '深圳市', level: 'city', path: '440000/440300' },
    { code: '440305', name: '南山区', level: 'district', path: '440000/440300/440305' },
    { code: '440304', name: '福田区', level: 'district', path: '440000/440300/440304' },
    { code: '440300-DP', name: '大鹏新区', level: 'functional_area', path: '440000/440300/440300-DP' },
  ] as const;
  const tree = new RegionTree({ tree: async () => rows } as unknown as RegionStore);

  it('lists a region and every region below it', async () => {
    expect((await tree.within('440300')).map((r) => r.code).sort()).toEqual([
      '440300',
      '440300-DP',
      '440304',
      '440305',
    ]);
    expect(await tree.within('999999')).toEqual([]);
  });

  it('splits a region into its children in code order, and a district into itself', async () => {
    expect((await tree.parts('440300')).map((r) => r.code)).toEqual(['440300-DP', '440304', '440305']);
    expect((await tree.parts('440305')).map((r) => r.name)).toEqual(['南山区']);
  });
});
