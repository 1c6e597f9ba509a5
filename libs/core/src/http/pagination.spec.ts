import fc from 'fast-check';
import { IsBoolean } from 'class-validator';
import { createValidationPipe } from '../errors/validation';
import { PageQueryDto, pageWindow, QueryFlag } from './pagination';

class FlagQuery {
  @QueryFlag()
  @IsBoolean()
  flag!: boolean;
}

const FLAGS = new Map([
  ['1', true],
  ['true', true],
  ['0', false],
  ['false', false],
]);

const parse = <T>(metatype: new () => T, query: Record<string, string>) =>
  createValidationPipe().transform(query, { type: 'query', metatype }) as Promise<T>;
const refusedFields = (attempt: Promise<unknown>) =>
  attempt.then(
    () => [],
    (error: { details: { field: string }[] }) => error.details.map((d) => d.field),
  );

describe('pagination properties', () => {
  it('reads any page and page size in range, written as a query string', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 100 }),
        async (page, pageSize) => {
          expect(await parse(PageQueryDto, { page: String(page), pageSize: String(pageSize) })).toEqual({
            page,
            pageSize,
          });
        },
      ),
    );
    expect(await parse(PageQueryDto, {})).toEqual({ page: 1, pageSize: 20 });
  });

  it('refuses a page or page size out of range or not a whole number, naming it', async () => {
    const bad = fc.oneof(
      fc.integer({ min: -1000, max: 0 }).map(String),
      fc.integer({ min: 101, max: 1e9 }).map(String),
      fc
        .double({ min: 1.01, max: 99.99, noNaN: true })
        .filter((n) => !Number.isInteger(n))
        .map(String),
      fc.constantFrom('', 'abc', 'NaN', 'Infinity', '1,5', '0x', '--1'),
    );
    await fc.assert(
      fc.asyncProperty(bad, async (pageSize) => {
        expect(await refusedFields(parse(PageQueryDto, { pageSize }))).toEqual(['pageSize']);
      }),
    );
  });

  it('tiles the results: each page starts where the one before ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 1, max: 100 }), (page, pageSize) => {
        const here = pageWindow({ page, pageSize });
        const next = pageWindow({ page: page + 1, pageSize });
        expect(here.limit).toBe(pageSize);
        expect(next.offset).toBe(here.offset + here.limit);
        expect(pageWindow({ page: 1, pageSize }).offset).toBe(0);
      }),
    );
  });

  it('reads a query flag from 1/true and 0/false only', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('1', 'true', '0', 'false'), fc.string({ maxLength: 6 })),
        async (flag) => {
          const meaning = FLAGS.get(flag);
          if (meaning === undefined) expect(await refusedFields(parse(FlagQuery, { flag }))).toEqual(['flag']);
          else expect(await parse(FlagQuery, { flag })).toEqual({ flag: meaning });
        },
      ),
    );
  });
});
